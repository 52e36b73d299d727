import { createZodDto } from 'nestjs-zod';
import {
  createVacantStoreSchema,
  rejectVacantStoreSchema,
  updateVacantStoreSchema,
  vacantStoreListQuerySchema,
  vacantStorePageSchema,
  vacantStoreSchema,
  vacantStoreSearchSchema,
} from '@asaka/contracts';

export class CreateVacantStoreDto extends createZodDto(createVacantStoreSchema) {}
export class UpdateVacantStoreDto extends createZodDto(updateVacantStoreSchema) {}
export class RejectVacantStoreDto extends createZodDto(rejectVacantStoreSchema) {}
export class VacantStoreDto extends createZodDto(vacantStoreSchema) {}
export class VacantStorePageDto extends createZodDto(vacantStorePageSchema) {}
export class VacantStoreSearchDto extends createZodDto(vacantStoreSearchSchema) {}
export class VacantStoreListQueryDto extends createZodDto(vacantStoreListQuerySchema) {}
