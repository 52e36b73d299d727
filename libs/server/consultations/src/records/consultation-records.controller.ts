import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AdviserSession, AdviserSessionList, ConsultationRecord, ConsultationStats } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { ConsultationKpi } from './consultation-kpi';
import {
  AdviserSessionDto,
  AdviserSessionListDto,
  AdviserSessionsQueryDto,
  ConsultationOutcomeDto,
  ConsultationRecordDto,
  ConsultationRecordInputDto,
  ConsultationStatsDto,
  ConsultationStatsQueryDto,
} from './consultation-records.dtos';
import { ConsultationRecordsService } from './consultation-records.service';

/** After the session: held or no-show, the adviser's record, the adviser's dashboard and the program's counts. */
@ApiTags('consultations')
@Controller()
export class ConsultationRecordsController {
  constructor(
    private readonly records: ConsultationRecordsService,
    private readonly kpi: ConsultationKpi,
  ) {}

  @Access.signedIn()
  @Post('consultation-bookings/:id/outcome')
  @HttpCode(200)
  @ApiOkResponse({
    type: AdviserSessionDto,
    description:
      'The booking’s adviser, or staff (audited), marks the session held or no-show once it has begun; 409 INVALID_TRANSITION before the start, when cancelled, or to undo held once the record is written. The booker gets 403, others 404.',
  })
  outcome(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: ConsultationOutcomeDto): Promise<AdviserSession> {
    return this.records.markOutcome(principal, params.id, body.outcome);
  }

  @Access.signedIn()
  @Put('consultation-bookings/:id/record')
  @ApiOkResponse({
    type: ConsultationRecordDto,
    description: 'The booking’s adviser (or staff for them, audited) writes the record of a held session (409 SESSION_NOT_HELD otherwise). The booker gets 403, others 404.',
  })
  putRecord(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: ConsultationRecordInputDto): Promise<ConsultationRecord> {
    return this.records.putRecord(principal, params.id, body);
  }

  @Access.signedIn()
  @Get('consultation-bookings/:id/record')
  @ApiOkResponse({
    type: ConsultationRecordDto,
    description: 'The booking’s adviser and staff (audited) read the record (404 RECORD_NOT_WRITTEN before it is); the booker and everyone else get 404.',
  })
  getRecord(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<ConsultationRecord> {
    return this.records.getRecord(principal, params.id);
  }

  @Access.roles('adviser')
  @Get('advisers/me/sessions')
  @ApiOkResponse({ type: AdviserSessionListDto, description: 'My sessions as an adviser between two dates (Japan): ahead with the intake, begun with whether the record is written.' })
  mySessions(@CurrentPrincipal() principal: Principal, @Query() query: AdviserSessionsQueryDto): Promise<AdviserSessionList> {
    return this.records.mySessions(principal, query);
  }

  @Access.roles('staff', 'admin')
  @Get('consultations/stats')
  @ApiOkResponse({ type: ConsultationStatsDto, description: '起業家育成相談件数 and 市の支援を受けて起業した件数 for a fiscal year (April–March).' })
  stats(@Query() query: ConsultationStatsQueryDto): Promise<ConsultationStats> {
    return this.kpi.stats(query.fiscalYear);
  }
}
