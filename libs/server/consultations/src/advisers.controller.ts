import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CONSULTATION_OPTIONS } from '@asaka/contracts';
import type { Adviser, AdviserPage, ConsultationOptions, ConsultationSettings } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto, OptionalPrincipal } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { AdvisersService } from './advisers.service';
import {
  AdviserDto,
  AdviserListQueryDto,
  AdviserPageDto,
  AvailabilityDto,
  ConsultationOptionsDto,
  ConsultationSettingsDto,
  CreateAdviserDto,
  UpdateAdviserDto,
  UpsertMyAdviserDto,
} from './consultations.dtos';

@ApiTags('consultations')
@Controller()
export class AdvisersController {
  constructor(private readonly advisers: AdvisersService) {}

  @Access.anyone()
  @Get('consultation-topics')
  @ApiOkResponse({ type: ConsultationOptionsDto, description: 'What can be asked (topics), where (places), and the intake’s stages, with ja/en labels.' })
  options(): ConsultationOptions {
    return CONSULTATION_OPTIONS;
  }

  @Access.anyone()
  @Get('advisers')
  @ApiOkResponse({ type: AdviserPageDto, description: 'Advisers in service, by topic, place or area (staff may include those out of service).' })
  list(@OptionalPrincipal() principal: Principal | null, @Query() query: AdviserListQueryDto): Promise<AdviserPage> {
    return this.advisers.list(principal, query);
  }

  @Access.roles('adviser')
  @Get('advisers/me')
  @ApiOkResponse({ type: AdviserDto, description: 'My adviser profile with my availability (404 until I write it).' })
  mine(@CurrentPrincipal() principal: Principal): Promise<Adviser> {
    return this.advisers.mine(principal);
  }

  @Access.roles('adviser')
  @Put('advisers/me')
  @ApiOkResponse({ type: AdviserDto, description: 'Writes my profile; the first time opens it (60-minute sessions until staff change it).' })
  upsertMine(@CurrentPrincipal() principal: Principal, @Body() body: UpsertMyAdviserDto): Promise<Adviser> {
    return this.advisers.upsertMine(principal, body);
  }

  @Access.roles('adviser')
  @Put('advisers/me/availability')
  @ApiOkResponse({ type: AdviserDto, description: 'Replaces my weekly hours and date exceptions (Japan time).' })
  setMyAvailability(@CurrentPrincipal() principal: Principal, @Body() body: AvailabilityDto): Promise<Adviser> {
    return this.advisers.setAvailability(principal, 'mine', body);
  }

  @Access.roles('staff', 'admin')
  @Post('advisers')
  @ApiCreatedResponse({ type: AdviserDto, description: 'Staff open a profile for an account holding the adviser role (audited).' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateAdviserDto): Promise<Adviser> {
    const { userId, slotMinutes, bufferMinutes, active, ...profile } = body;
    return this.advisers.create(principal, userId, profile, { slotMinutes, bufferMinutes, active });
  }

  @Access.anyone()
  @Get('advisers/:id')
  @ApiOkResponse({ type: AdviserDto, description: 'An adviser in service; with the details for the adviser themself and staff.' })
  get(@OptionalPrincipal() principal: Principal | null, @Param() params: IdParamDto): Promise<Adviser> {
    return this.advisers.get(principal, params.id);
  }

  @Access.roles('staff', 'admin')
  @Patch('advisers/:id')
  @ApiOkResponse({ type: AdviserDto, description: 'Staff change a profile, the session length and buffer, or take it out of service (audited).' })
  update(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: UpdateAdviserDto): Promise<Adviser> {
    return this.advisers.update(principal, params.id, body);
  }

  @Access.roles('staff', 'admin')
  @Put('advisers/:id/availability')
  @ApiOkResponse({ type: AdviserDto, description: 'Staff replace an adviser’s weekly hours and date exceptions (audited).' })
  setAvailability(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: AvailabilityDto): Promise<Adviser> {
    return this.advisers.setAvailability(principal, { adviserId: params.id }, body);
  }

  @Access.anyone()
  @Get('consultation-settings')
  @ApiOkResponse({ type: ConsultationSettingsDto, description: 'The booking rules: minimum notice, cancellation cut-off, open bookings per person.' })
  settings(): Promise<ConsultationSettings> {
    return this.advisers.settings();
  }

  @Access.roles('staff', 'admin')
  @Put('consultation-settings')
  @HttpCode(200)
  @ApiOkResponse({ type: ConsultationSettingsDto, description: 'Staff set the booking rules (audited).' })
  updateSettings(@CurrentPrincipal() principal: Principal, @Body() body: ConsultationSettingsDto): Promise<ConsultationSettings> {
    return this.advisers.updateSettings(principal, body);
  }
}
