import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ConsultationBooking, ConsultationBookingPage } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto, OptionalPrincipal } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { ConsultationBookingsService } from './consultation-bookings.service';
import { ConsultationSlotsService } from './consultation-slots.service';
import {
  CancelConsultationBookingDto,
  ConsultationBookingDto,
  ConsultationBookingLinkQueryDto,
  ConsultationBookingListQueryDto,
  ConsultationBookingPageDto,
  ConsultationSlotListDto,
  ConsultationSlotQueryDto,
  CreateConsultationBookingDto,
  RescheduleConsultationBookingDto,
} from './consultations.dtos';

const PARTIES = 'The booker, the adviser and staff; or anyone holding the booker’s signed link (`token`, valid until the session starts).';

@ApiTags('consultations')
@Controller()
export class ConsultationBookingsController {
  constructor(
    private readonly bookings: ConsultationBookingsService,
    private readonly slots: ConsultationSlotsService,
  ) {}

  @Access.anyone()
  @Get('consultation-slots')
  @ApiOkResponse({ type: ConsultationSlotListDto, description: 'Free slots between two dates (Japan time), by topic, place or adviser.' })
  async freeSlots(@Query() query: ConsultationSlotQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    // A ConsultationSlotList already written as JSON: the same for everyone, so it is written once per listing.
    reply.type('application/json; charset=utf-8');
    return this.slots.listBody(query);
  }

  @Access.signedIn()
  @Post('consultation-bookings')
  @ApiCreatedResponse({
    type: ConsultationBookingDto,
    description: 'Books a free slot; 409 SLOT_ALREADY_BOOKED when it was just taken. Staff may book for another person (`bookerUserId`).',
  })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateConsultationBookingDto): Promise<ConsultationBooking> {
    return this.bookings.create(principal, body);
  }

  @Access.signedIn()
  @Get('consultation-bookings')
  @ApiOkResponse({ type: ConsultationBookingPageDto, description: 'My bookings, my sessions as an adviser (`view=advising`), or all (`view=all`, staff).' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ConsultationBookingListQueryDto): Promise<ConsultationBookingPage> {
    return this.bookings.list(principal, query);
  }

  @Access.anyone()
  @Get('consultation-bookings/:id')
  @ApiOkResponse({ type: ConsultationBookingDto, description: `${PARTIES} Changes nothing. Staff reads are audited.` })
  get(@OptionalPrincipal() principal: Principal | null, @Param() params: IdParamDto, @Query() query: ConsultationBookingLinkQueryDto): Promise<ConsultationBooking> {
    return this.bookings.get({ principal, token: query.token }, params.id);
  }

  @Access.anyone()
  @Post('consultation-bookings/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: ConsultationBookingDto, description: `${PARTIES} The booker keeps to the cancellation cut-off (409 CANCELLATION_CUTOFF_PASSED).` })
  cancel(@OptionalPrincipal() principal: Principal | null, @Param() params: IdParamDto, @Body() body: CancelConsultationBookingDto): Promise<ConsultationBooking> {
    return this.bookings.cancel({ principal, token: body.token }, params.id, body);
  }

  @Access.anyone()
  @Post('consultation-bookings/:id/reschedule')
  @HttpCode(200)
  @ApiOkResponse({ type: ConsultationBookingDto, description: `${PARTIES} Moves it to another free slot of the same adviser; same id, next calendar sequence.` })
  reschedule(
    @OptionalPrincipal() principal: Principal | null,
    @Param() params: IdParamDto,
    @Body() body: RescheduleConsultationBookingDto,
  ): Promise<ConsultationBooking> {
    return this.bookings.reschedule({ principal, token: body.token }, params.id, body);
  }

  @Access.anyone()
  @Get('consultation-bookings/:id/calendar.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ schema: { type: 'string' }, description: `${PARTIES} The session as an iCalendar file.` })
  async calendar(
    @OptionalPrincipal() principal: Principal | null,
    @Param() params: IdParamDto,
    @Query() query: ConsultationBookingLinkQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const ics = await this.bookings.calendar({ principal, token: query.token }, params.id);
    // Set only once the file exists: an error goes out as the usual JSON.
    void reply.headers({ 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'attachment; filename="consultation.ics"', 'cache-control': 'no-store' });
    return ics;
  }
}
