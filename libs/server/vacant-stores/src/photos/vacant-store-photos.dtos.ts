import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { vacantStorePhotoListSchema, vacantStorePhotoOrderSchema, vacantStorePhotoSchema } from '@asaka/contracts';

export class VacantStorePhotoDto extends createZodDto(vacantStorePhotoSchema) {}
export class VacantStorePhotoListDto extends createZodDto(vacantStorePhotoListSchema) {}
export class VacantStorePhotoOrderDto extends createZodDto(vacantStorePhotoOrderSchema) {}
/** `/vacant-stores/:id/photos/:photoId`: both UUIDs, refused (400) before a query runs otherwise. */
export class VacantStorePhotoParamDto extends createZodDto(z.object({ id: z.uuid(), photoId: z.uuid() })) {}
