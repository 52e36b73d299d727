import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { foundingPathwayCsvQuerySchema, foundingPathwayListQuerySchema, foundingPathwayPageSchema, foundingPathwaySchema } from '@asaka/contracts';

export class FoundingPathwayDto extends createZodDto(foundingPathwaySchema) {}
export class FoundingPathwayPageDto extends createZodDto(foundingPathwayPageSchema) {}
export class FoundingPathwayListQueryDto extends createZodDto(foundingPathwayListQuerySchema) {}
export class FoundingPathwayCsvQueryDto extends createZodDto(foundingPathwayCsvQuerySchema) {}
/** `:userId` is a UUID; anything else is refused (400) before a query runs. */
export class UserIdParamDto extends createZodDto(z.object({ userId: z.uuid() })) {}
