import { createZodDto } from 'nestjs-zod';
import {
  createStoreInquirySchema,
  postStoreInquiryMessageSchema,
  storeInquiryListQuerySchema,
  storeInquiryMessagePageSchema,
  storeInquiryMessageSchema,
  storeInquiryPageSchema,
  storeInquirySchema,
} from '@asaka/contracts';

export class CreateStoreInquiryDto extends createZodDto(createStoreInquirySchema) {}
export class PostStoreInquiryMessageDto extends createZodDto(postStoreInquiryMessageSchema) {}
export class StoreInquiryDto extends createZodDto(storeInquirySchema) {}
export class StoreInquiryPageDto extends createZodDto(storeInquiryPageSchema) {}
export class StoreInquiryMessageDto extends createZodDto(storeInquiryMessageSchema) {}
export class StoreInquiryMessagePageDto extends createZodDto(storeInquiryMessagePageSchema) {}
export class StoreInquiryListQueryDto extends createZodDto(storeInquiryListQuerySchema) {}
