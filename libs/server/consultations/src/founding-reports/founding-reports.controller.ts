import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FoundingReport, FoundingReportPage } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import {
  CreateFoundingReportDto,
  FoundingReportDto,
  FoundingReportListQueryDto,
  FoundingReportPageDto,
  MyFoundingReportListQueryDto,
  RejectFoundingReportDto,
  UpdateFoundingReportDto,
} from './founding-reports.dtos';
import { FoundingReportsService } from './founding-reports.service';

/** 開業の報告: the entrepreneur reports the business founded; staff confirm it for 市の支援を受けて起業した件数. */
@ApiTags('founding')
@Controller()
export class FoundingReportsController {
  constructor(private readonly reports: FoundingReportsService) {}

  @Access.signedIn()
  @Post('founding-reports')
  @ApiCreatedResponse({
    type: FoundingReportDto,
    description: 'Report the business founded (開業届 date, name, type, industry, place, the vacant store used); 409 FOUNDING_REPORT_PENDING while another waits.',
  })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateFoundingReportDto): Promise<FoundingReport> {
    return this.reports.create(principal, body);
  }

  @Access.signedIn()
  @Get('me/founding-reports')
  @ApiOkResponse({ type: FoundingReportPageDto, description: 'My founding reports, the latest first, with staff’s reason when one was turned down.' })
  mine(@CurrentPrincipal() principal: Principal, @Query() query: MyFoundingReportListQueryDto): Promise<FoundingReportPage> {
    return this.reports.mine(principal, query);
  }

  @Access.roles('staff', 'admin')
  @Get('founding-reports')
  @ApiOkResponse({ type: FoundingReportPageDto, description: 'Everyone’s founding reports, those waiting for review first (audited).' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: FoundingReportListQueryDto): Promise<FoundingReportPage> {
    return this.reports.list(principal, query);
  }

  @Access.signedIn()
  @Get('founding-reports/:id')
  @ApiOkResponse({ type: FoundingReportDto, description: 'Its person, and staff (audited); others get 404.' })
  get(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<FoundingReport> {
    return this.reports.get(principal, params.id);
  }

  @Access.signedIn()
  @Patch('founding-reports/:id')
  @ApiOkResponse({ type: FoundingReportDto, description: 'Its person corrects it while it waits or after it was turned down, which submits it again (409 INVALID_TRANSITION once confirmed).' })
  update(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: UpdateFoundingReportDto): Promise<FoundingReport> {
    return this.reports.update(principal, params.id, body);
  }

  @Access.roles('staff', 'admin')
  @Post('founding-reports/:id/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: FoundingReportDto, description: 'Staff confirm a submitted report; it counts for the fiscal year of its founding date (audited; the person is mailed).' })
  confirm(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<FoundingReport> {
    return this.reports.confirm(principal, params.id);
  }

  @Access.roles('staff', 'admin')
  @Post('founding-reports/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: FoundingReportDto, description: 'Staff turn a submitted report down with a reason the person reads and corrects (audited; the person is mailed).' })
  reject(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: RejectFoundingReportDto): Promise<FoundingReport> {
    return this.reports.reject(principal, params.id, body.reason);
  }
}
