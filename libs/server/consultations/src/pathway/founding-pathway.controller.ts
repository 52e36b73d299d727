import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { FoundingPathway, FoundingPathwayPage } from '@asaka/contracts';
import { Access, CurrentPrincipal, sendCsv } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { FoundingPathwayCsvQueryDto, FoundingPathwayDto, FoundingPathwayListQueryDto, FoundingPathwayPageDto, UserIdParamDto } from './founding-pathway.dtos';
import { FoundingPathwayService } from './founding-pathway.service';

const CSV = 'CSV for Excel: UTF-8 with BOM, CRLF, times in Japan time; one line per session with its areas.';

/** 特定創業支援等事業: progress toward the city's certificate (4 sessions over a month covering 経営・財務・人材育成・販路開拓). */
@ApiTags('founding')
@Controller()
export class FoundingPathwayController {
  constructor(private readonly pathway: FoundingPathwayService) {}

  @Access.signedIn()
  @Get('me/founding-pathway')
  @ApiOkResponse({ type: FoundingPathwayDto, description: 'My sessions (held consultations with their areas, attended seminars), what is missing, and whether and since when I qualify.' })
  mine(@CurrentPrincipal() principal: Principal): Promise<FoundingPathway> {
    return this.pathway.mine(principal);
  }

  @Access.roles('staff', 'admin')
  @Get('founding-pathway')
  @ApiOkResponse({ type: FoundingPathwayPageDto, description: 'Everyone with at least one session, the most recently active first; `qualified` filters (audited).' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: FoundingPathwayListQueryDto): Promise<FoundingPathwayPage> {
    return this.pathway.list(principal, query);
  }

  @Access.roles('staff', 'admin')
  @Get('founding-pathway.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' }, description: `Everyone’s session dates (or only of those who qualify): the list a certificate needs. ${CSV} Audited.` })
  async csvAll(@CurrentPrincipal() principal: Principal, @Query() query: FoundingPathwayCsvQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const { filename, body } = await this.pathway.csvAll(principal, query);
    sendCsv(reply, filename, body);
  }

  @Access.signedIn()
  @Get('founding-pathway/:userId')
  @ApiOkResponse({ type: FoundingPathwayDto, description: 'A person’s pathway: their own, or anyone’s for staff (audited); others get 404.' })
  get(@CurrentPrincipal() principal: Principal, @Param() params: UserIdParamDto): Promise<FoundingPathway> {
    return this.pathway.get(principal, params.userId);
  }

  @Access.signedIn()
  @Get('founding-pathway/:userId/sessions.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' }, description: `A person’s session dates: their own, or anyone’s for staff (audited); others get 404. ${CSV}` })
  async csvOf(@CurrentPrincipal() principal: Principal, @Param() params: UserIdParamDto, @Res() reply: FastifyReply): Promise<void> {
    const { filename, body } = await this.pathway.csvOf(principal, params.userId);
    sendCsv(reply, filename, body);
  }
}
