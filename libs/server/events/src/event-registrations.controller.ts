import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { EventAttendeePage, EventCheckInResult, EventRegistration, EventRegistrationPage } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import {
  EventAttendeePageDto,
  EventAttendeeQueryDto,
  EventCheckInDto,
  EventCheckInResultDto,
  EventRegistrationDto,
  EventRegistrationPageDto,
  MyEventRegistrationsQueryDto,
} from './events.dtos';
import { EventRegistrationsService } from './event-registrations.service';

@ApiTags('events')
@Controller()
export class EventRegistrationsController {
  constructor(private readonly registrations: EventRegistrationsService) {}

  @Access.signedIn()
  @Post('events/:id/registrations')
  @ApiCreatedResponse({
    type: EventRegistrationDto,
    description:
      'Register for a published event while registration is open: a seat while one is free, otherwise the waiting list with its position. ' +
      'One per person (409 ALREADY_REGISTERED); 409 REGISTRATION_NOT_OPEN_YET / REGISTRATION_CLOSED outside the window.',
  })
  register(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<EventRegistration> {
    return this.registrations.register(principal, params.id);
  }

  @Access.roles('staff', 'admin')
  @Get('events/:id/registrations')
  @ApiOkResponse({ type: EventAttendeePageDto, description: 'The attendance list: people holding a seat, then the waiting list in order (audited).' })
  attendees(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Query() query: EventAttendeeQueryDto): Promise<EventAttendeePage> {
    return this.registrations.attendees(principal, params.id, query);
  }

  @Access.roles('staff', 'admin')
  @Get('events/:id/attendance.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' }, description: 'The attendance list as CSV for Excel: UTF-8 with BOM, CRLF, times in Japan time (audited).' })
  async attendanceCsv(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Res() reply: FastifyReply): Promise<void> {
    const { filename, body } = await this.registrations.attendanceCsv(principal, params.id);
    void reply
      .status(200)
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-store')
      .send(body);
  }

  @Access.roles('staff', 'admin')
  @Post('events/:id/check-in')
  @HttpCode(200)
  @ApiOkResponse({
    type: EventCheckInResultDto,
    description:
      'Staff check a person in by their code (404 CHECK_IN_CODE_NOT_FOUND) or from the list, from the day of the event (409 CHECK_IN_NOT_OPEN); only people holding a seat (409 NOT_HOLDING_A_SEAT). Twice changes nothing.',
  })
  checkIn(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: EventCheckInDto): Promise<EventCheckInResult> {
    return this.registrations.checkIn(principal, params.id, body);
  }

  @Access.signedIn()
  @Get('me/event-registrations')
  @ApiOkResponse({ type: EventRegistrationPageDto, description: 'My registrations, the latest event first: status, waiting-list position, check-in code.' })
  mine(@CurrentPrincipal() principal: Principal, @Query() query: MyEventRegistrationsQueryDto): Promise<EventRegistrationPage> {
    return this.registrations.mine(principal, query);
  }

  @Access.signedIn()
  @Get('event-registrations/:id')
  @ApiOkResponse({ type: EventRegistrationDto, description: 'Its person, and staff (audited); others get 404.' })
  get(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<EventRegistration> {
    return this.registrations.get(principal, params.id);
  }

  @Access.signedIn()
  @Delete('event-registrations/:id')
  @ApiOkResponse({
    type: EventRegistrationDto,
    description: 'Its person (or staff, audited) cancels until the event begins; a freed seat goes to the first person waiting, who is mailed. Others get 404.',
  })
  cancel(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<EventRegistration> {
    return this.registrations.cancel(principal, params.id);
  }
}
