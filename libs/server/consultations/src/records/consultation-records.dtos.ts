import { createZodDto } from 'nestjs-zod';
import {
  adviserSessionListSchema,
  adviserSessionSchema,
  adviserSessionsQuerySchema,
  consultationOutcomeInputSchema,
  consultationRecordInputSchema,
  consultationRecordSchema,
  consultationStatsQuerySchema,
  consultationStatsSchema,
} from '@asaka/contracts';

export class ConsultationOutcomeDto extends createZodDto(consultationOutcomeInputSchema) {}
export class ConsultationRecordInputDto extends createZodDto(consultationRecordInputSchema) {}
export class ConsultationRecordDto extends createZodDto(consultationRecordSchema) {}
export class AdviserSessionDto extends createZodDto(adviserSessionSchema) {}
export class AdviserSessionsQueryDto extends createZodDto(adviserSessionsQuerySchema) {}
export class AdviserSessionListDto extends createZodDto(adviserSessionListSchema) {}
export class ConsultationStatsQueryDto extends createZodDto(consultationStatsQuerySchema) {}
export class ConsultationStatsDto extends createZodDto(consultationStatsSchema) {}
