import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { StoreMatch, StoreMatchPage, StoreMatchStats, VacantStore } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { VacantStoreDto } from '../vacant-stores.dtos';
import { VacantStoresService } from '../vacant-stores.service';
import { MarkVacantStoreLetDto, StoreMatchDto, StoreMatchListQueryDto, StoreMatchPageDto, StoreMatchStatsDto, StoreMatchStatsQueryDto } from './vacant-store-outcomes.dtos';
import { VacantStoreOutcomesService } from './vacant-store-outcomes.service';

/** How a listing ends: let (and the match staff confirm for 空き店舗の活用件数), closed, or taken up again. */
@ApiTags('vacant-stores')
@Controller('vacant-stores')
export class VacantStoreOutcomesController {
  constructor(
    private readonly outcomes: VacantStoreOutcomesService,
    private readonly stores: VacantStoresService,
  ) {}

  @Access.roles('staff', 'admin')
  @Get('matches')
  @ApiOkResponse({ type: StoreMatchPageDto, description: 'Stores let through the platform, those awaiting staff confirmation first.' })
  matches(@Query() query: StoreMatchListQueryDto): Promise<StoreMatchPage> {
    return this.outcomes.matches(query);
  }

  @Access.roles('staff', 'admin')
  @Get('stats/matches')
  @ApiOkResponse({ type: StoreMatchStatsDto, description: '空き店舗の活用件数: matches staff confirmed in a fiscal year (April–March).' })
  stats(@Query() query: StoreMatchStatsQueryDto): Promise<StoreMatchStats> {
    return this.outcomes.stats(query);
  }

  @Access.signedIn()
  @Post(':id/matched')
  @HttpCode(200)
  @ApiOkResponse({ type: VacantStoreDto, description: 'The owner side marks a published store let to one of its open inquiries; its seeker is asked to confirm.' })
  matched(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: MarkVacantStoreLetDto): Promise<VacantStore> {
    return this.outcomes.markLet(principal, params.id, body.inquiryId);
  }

  @Access.roles('staff', 'admin')
  @Post(':id/confirm-match')
  @HttpCode(200)
  @ApiOkResponse({ type: StoreMatchDto, description: 'Staff confirm a let the seeker confirmed (409 INVALID_TRANSITION before); counts for the KPI; audited.' })
  confirmMatch(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<StoreMatch> {
    return this.outcomes.confirmMatch(principal, params.id);
  }

  @Access.signedIn()
  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: VacantStoreDto, description: 'The owner side or staff close a let listing (let → closed).' })
  close(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<VacantStore> {
    return this.stores.transition(principal, params.id, 'close');
  }

  @Access.signedIn()
  @Post(':id/reopen')
  @HttpCode(200)
  @ApiOkResponse({ type: VacantStoreDto, description: 'The owner side takes a withdrawn listing up again as a draft.' })
  reopen(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<VacantStore> {
    return this.stores.transition(principal, params.id, 'reopen');
  }
}
