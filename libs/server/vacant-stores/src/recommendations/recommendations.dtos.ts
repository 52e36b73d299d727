import { createZodDto } from 'nestjs-zod';
import { putStoreSeekerProfileSchema, recommendedSeekersSchema, recommendedVacantStoresSchema, storeSeekerProfileSchema } from '@asaka/contracts';

export class PutStoreSeekerProfileDto extends createZodDto(putStoreSeekerProfileSchema) {}
export class StoreSeekerProfileDto extends createZodDto(storeSeekerProfileSchema) {}
export class RecommendedVacantStoresDto extends createZodDto(recommendedVacantStoresSchema) {}
export class RecommendedSeekersDto extends createZodDto(recommendedSeekersSchema) {}
