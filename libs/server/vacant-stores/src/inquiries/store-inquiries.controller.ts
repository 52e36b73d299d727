import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { StoreInquiry, StoreInquiryMessage, StoreInquiryMessagePage, StoreInquiryPage } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import {
  CreateStoreInquiryDto,
  PostStoreInquiryMessageDto,
  StoreInquiryDto,
  StoreInquiryListQueryDto,
  StoreInquiryMessageDto,
  StoreInquiryMessagePageDto,
  StoreInquiryPageDto,
} from './store-inquiries.dtos';
import { StoreInquiriesService } from './store-inquiries.service';

/** Inquiries about vacant stores and their threads: only the two parties see one (others get 404). */
@ApiTags('inquiries')
@Controller()
export class StoreInquiriesController {
  constructor(private readonly inquiries: StoreInquiriesService) {}

  @Access.signedIn()
  @Post('vacant-stores/:id/inquiries')
  @ApiCreatedResponse({
    type: StoreInquiryDto,
    description: 'A published store only (404 otherwise); the message opens the thread and the owner side is mailed. 409 INQUIRY_EXISTS, 409 OWN_STORE_INQUIRY.',
  })
  create(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: CreateStoreInquiryDto): Promise<StoreInquiry> {
    return this.inquiries.create(principal, params.id, body);
  }

  @Access.signedIn()
  @Get('vacant-stores/:id/inquiries')
  @ApiOkResponse({ type: StoreInquiryPageDto, description: 'The inquiries about a store, for its owner side (404 for anyone else).' })
  listForStore(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Query() query: StoreInquiryListQueryDto): Promise<StoreInquiryPage> {
    return this.inquiries.listForStore(principal, params.id, query);
  }

  @Access.signedIn()
  @Get('inquiries')
  @ApiOkResponse({ type: StoreInquiryPageDto, description: 'Mine: those I sent and those about my organizations’ stores, the latest activity first.' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: StoreInquiryListQueryDto): Promise<StoreInquiryPage> {
    return this.inquiries.list(principal, query);
  }

  @Access.signedIn()
  @Get('inquiries/:id')
  @ApiOkResponse({ type: StoreInquiryDto, description: 'The two parties only; 404 for anyone else.' })
  get(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<StoreInquiry> {
    return this.inquiries.get(principal, params.id);
  }

  @Access.signedIn()
  @Get('inquiries/:id/messages')
  @ApiOkResponse({ type: StoreInquiryMessagePageDto, description: 'The thread, oldest first; the two parties only.' })
  messages(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Query() query: StoreInquiryListQueryDto): Promise<StoreInquiryMessagePage> {
    return this.inquiries.messages(principal, params.id, query);
  }

  @Access.signedIn()
  @Post('inquiries/:id/messages')
  @ApiCreatedResponse({ type: StoreInquiryMessageDto, description: 'A message to the other party, who is mailed (without either email address). 409 INQUIRY_CLOSED.' })
  postMessage(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: PostStoreInquiryMessageDto): Promise<StoreInquiryMessage> {
    return this.inquiries.postMessage(principal, params.id, body);
  }

  @Access.signedIn()
  @Post('inquiries/:id/confirm-let')
  @HttpCode(200)
  @ApiOkResponse({ type: StoreInquiryDto, description: 'The seeker confirms they took the store the owner marked let to them.' })
  confirmLet(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<StoreInquiry> {
    return this.inquiries.move(principal, params.id, 'confirm-let');
  }

  @Access.signedIn()
  @Post('inquiries/:id/dispute-let')
  @HttpCode(200)
  @ApiOkResponse({ type: StoreInquiryDto, description: 'The seeker says the owner’s let is not so; staff cannot confirm it then.' })
  disputeLet(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<StoreInquiry> {
    return this.inquiries.move(principal, params.id, 'dispute-let');
  }

  @Access.signedIn()
  @Post('inquiries/:id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: StoreInquiryDto, description: 'Either party ends an open conversation that led to no let.' })
  close(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<StoreInquiry> {
    return this.inquiries.move(principal, params.id, 'close');
  }
}
