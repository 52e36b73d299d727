import { createZodDto } from 'nestjs-zod';
import {
  markVacantStoreLetSchema,
  storeMatchListQuerySchema,
  storeMatchPageSchema,
  storeMatchSchema,
  storeMatchStatsQuerySchema,
  storeMatchStatsSchema,
} from '@asaka/contracts';

export class MarkVacantStoreLetDto extends createZodDto(markVacantStoreLetSchema) {}
export class StoreMatchDto extends createZodDto(storeMatchSchema) {}
export class StoreMatchPageDto extends createZodDto(storeMatchPageSchema) {}
export class StoreMatchListQueryDto extends createZodDto(storeMatchListQuerySchema) {}
export class StoreMatchStatsQueryDto extends createZodDto(storeMatchStatsQuerySchema) {}
export class StoreMatchStatsDto extends createZodDto(storeMatchStatsSchema) {}
