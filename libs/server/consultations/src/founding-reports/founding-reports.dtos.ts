import { createZodDto } from 'nestjs-zod';
import {
  createFoundingReportSchema,
  foundingReportListQuerySchema,
  foundingReportPageSchema,
  foundingReportSchema,
  myFoundingReportListQuerySchema,
  rejectFoundingReportSchema,
  updateFoundingReportSchema,
} from '@asaka/contracts';

export class CreateFoundingReportDto extends createZodDto(createFoundingReportSchema) {}
export class UpdateFoundingReportDto extends createZodDto(updateFoundingReportSchema) {}
export class RejectFoundingReportDto extends createZodDto(rejectFoundingReportSchema) {}
export class FoundingReportDto extends createZodDto(foundingReportSchema) {}
export class FoundingReportPageDto extends createZodDto(foundingReportPageSchema) {}
export class FoundingReportListQueryDto extends createZodDto(foundingReportListQuerySchema) {}
export class MyFoundingReportListQueryDto extends createZodDto(myFoundingReportListQuerySchema) {}
