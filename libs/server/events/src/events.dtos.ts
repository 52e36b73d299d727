import { createZodDto } from 'nestjs-zod';
import {
  cancelEventSchema,
  createEventSchema,
  eventAttendeePageSchema,
  eventAttendeeQuerySchema,
  eventCheckInResultSchema,
  eventCheckInSchema,
  eventListQuerySchema,
  eventPageSchema,
  eventRegistrationPageSchema,
  eventRegistrationSchema,
  eventSchema,
  myEventRegistrationsQuerySchema,
  updateEventSchema,
} from '@asaka/contracts';

export class CreateEventDto extends createZodDto(createEventSchema) {}
export class UpdateEventDto extends createZodDto(updateEventSchema) {}
export class CancelEventDto extends createZodDto(cancelEventSchema) {}
export class EventDto extends createZodDto(eventSchema) {}
export class EventPageDto extends createZodDto(eventPageSchema) {}
export class EventListQueryDto extends createZodDto(eventListQuerySchema) {}
export class EventRegistrationDto extends createZodDto(eventRegistrationSchema) {}
export class EventRegistrationPageDto extends createZodDto(eventRegistrationPageSchema) {}
export class MyEventRegistrationsQueryDto extends createZodDto(myEventRegistrationsQuerySchema) {}
export class EventAttendeePageDto extends createZodDto(eventAttendeePageSchema) {}
export class EventAttendeeQueryDto extends createZodDto(eventAttendeeQuerySchema) {}
export class EventCheckInDto extends createZodDto(eventCheckInSchema) {}
export class EventCheckInResultDto extends createZodDto(eventCheckInResultSchema) {}
