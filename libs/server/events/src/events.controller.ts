import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { EventDetail, EventPage } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto, OptionalPrincipal } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { CancelEventDto, CreateEventDto, EventDto, EventListQueryDto, EventPageDto, UpdateEventDto } from './events.dtos';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Access.anyone()
  @Get()
  @ApiOkResponse({ type: EventPageDto, description: 'Published events by start, with the seats left; by kind, area and date range (Japan dates). Staff may also list drafts and others by status.' })
  list(@OptionalPrincipal() principal: Principal | null, @Query() query: EventListQueryDto): Promise<EventPage> {
    return this.events.list(principal, query);
  }

  @Access.roles('staff', 'admin')
  @Post()
  @ApiCreatedResponse({ type: EventDto, description: 'Staff create an event as a draft (audited).' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateEventDto): Promise<EventDetail> {
    return this.events.create(principal, body);
  }

  @Access.anyone()
  @Get(':id')
  @ApiOkResponse({ type: EventDto, description: 'Once published: anyone (the online link only for people holding a seat, and staff). Drafts: staff only; others get 404.' })
  get(@OptionalPrincipal() principal: Principal | null, @Param() params: IdParamDto): Promise<EventDetail> {
    return this.events.get(principal, params.id);
  }

  @Access.roles('staff', 'admin')
  @Patch(':id')
  @ApiOkResponse({
    type: EventDto,
    description: 'Staff correct a draft or published event (409 EVENT_NOT_EDITABLE otherwise). More seats move people up from the waiting list; a new time or place is mailed and moves the reminders.',
  })
  update(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: UpdateEventDto): Promise<EventDetail> {
    return this.events.update(principal, params.id, body);
  }

  @Access.roles('staff', 'admin')
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: EventDto, description: 'A draft becomes public; registration follows its window (409 INVALID_TRANSITION otherwise).' })
  publish(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<EventDetail> {
    return this.events.transition(principal, params.id, 'publish');
  }

  @Access.roles('staff', 'admin')
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: EventDto, description: 'Calls the event off before it begins: every registration is cancelled and mailed the reason; reminders are withdrawn.' })
  cancel(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: CancelEventDto): Promise<EventDetail> {
    return this.events.transition(principal, params.id, 'cancel', body.reason);
  }

  @Access.roles('staff', 'admin')
  @Post(':id/finish')
  @HttpCode(200)
  @ApiOkResponse({ type: EventDto, description: 'Marks a published event held, once it has begun.' })
  finish(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<EventDetail> {
    return this.events.transition(principal, params.id, 'finish');
  }
}
