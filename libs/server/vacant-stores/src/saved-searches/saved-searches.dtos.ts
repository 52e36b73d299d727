import { createZodDto } from 'nestjs-zod';
import { createSavedSearchSchema, savedSearchListQuerySchema, savedSearchListSchema, savedSearchSchema, updateSavedSearchSchema } from '@asaka/contracts';

export class CreateSavedSearchDto extends createZodDto(createSavedSearchSchema) {}
export class UpdateSavedSearchDto extends createZodDto(updateSavedSearchSchema) {}
export class SavedSearchDto extends createZodDto(savedSearchSchema) {}
export class SavedSearchListDto extends createZodDto(savedSearchListSchema) {}
export class SavedSearchListQueryDto extends createZodDto(savedSearchListQuerySchema) {}
