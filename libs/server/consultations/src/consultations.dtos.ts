import { createZodDto } from 'nestjs-zod';
import {
  adviserListQuerySchema,
  adviserPageSchema,
  adviserSchema,
  availabilitySchema,
  cancelConsultationBookingSchema,
  consultationBookingLinkQuerySchema,
  consultationBookingListQuerySchema,
  consultationBookingPageSchema,
  consultationBookingSchema,
  consultationOptionsSchema,
  consultationSettingsSchema,
  consultationSlotListSchema,
  consultationSlotQuerySchema,
  createAdviserSchema,
  createConsultationBookingSchema,
  rescheduleConsultationBookingSchema,
  updateAdviserSchema,
  upsertMyAdviserSchema,
} from '@asaka/contracts';

export class AdviserDto extends createZodDto(adviserSchema) {}
export class AdviserPageDto extends createZodDto(adviserPageSchema) {}
export class AdviserListQueryDto extends createZodDto(adviserListQuerySchema) {}
export class UpsertMyAdviserDto extends createZodDto(upsertMyAdviserSchema) {}
export class CreateAdviserDto extends createZodDto(createAdviserSchema) {}
export class UpdateAdviserDto extends createZodDto(updateAdviserSchema) {}
export class AvailabilityDto extends createZodDto(availabilitySchema) {}
export class ConsultationOptionsDto extends createZodDto(consultationOptionsSchema) {}
export class ConsultationSettingsDto extends createZodDto(consultationSettingsSchema) {}
export class ConsultationSlotQueryDto extends createZodDto(consultationSlotQuerySchema) {}
export class ConsultationSlotListDto extends createZodDto(consultationSlotListSchema) {}
export class CreateConsultationBookingDto extends createZodDto(createConsultationBookingSchema) {}
export class CancelConsultationBookingDto extends createZodDto(cancelConsultationBookingSchema) {}
export class RescheduleConsultationBookingDto extends createZodDto(rescheduleConsultationBookingSchema) {}
export class ConsultationBookingLinkQueryDto extends createZodDto(consultationBookingLinkQuerySchema) {}
export class ConsultationBookingListQueryDto extends createZodDto(consultationBookingListQuerySchema) {}
export class ConsultationBookingDto extends createZodDto(consultationBookingSchema) {}
export class ConsultationBookingPageDto extends createZodDto(consultationBookingPageSchema) {}
