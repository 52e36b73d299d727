import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { VacantStore, VacantStorePage } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto, OptionalPrincipal } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import {
  CreateVacantStoreDto,
  RejectVacantStoreDto,
  UpdateVacantStoreDto,
  VacantStoreDto,
  VacantStoreListQueryDto,
  VacantStorePageDto,
  VacantStoreSearchDto,
} from './vacant-stores.dtos';
import { VacantStoresService } from './vacant-stores.service';

@ApiTags('vacant-stores')
@Controller('vacant-stores')
export class VacantStoresController {
  constructor(private readonly stores: VacantStoresService) {}

  @Access.anyone()
  @Get()
  @ApiOkResponse({ type: VacantStorePageDto, description: 'Published listings only, with free text (two-character words, full-/half-width alike) and filters.' })
  search(@Query() query: VacantStoreSearchDto): Promise<VacantStorePage> {
    return this.stores.search(query);
  }

  @Access.signedIn()
  @Get('mine')
  @ApiOkResponse({ type: VacantStorePageDto, description: 'Listings of my organizations, in any status.' })
  mine(@CurrentPrincipal() principal: Principal, @Query() query: VacantStoreListQueryDto): Promise<VacantStorePage> {
    return this.stores.mine(principal, query);
  }

  @Access.roles('staff', 'admin')
  @Get('review-queue')
  @ApiOkResponse({ type: VacantStorePageDto, description: 'Submitted listings, the longest-waiting first.' })
  reviewQueue(@Query() query: VacantStoreListQueryDto): Promise<VacantStorePage> {
    return this.stores.reviewQueue(query);
  }

  @Access.signedIn()
  @Post()
  @ApiCreatedResponse({ type: VacantStoreDto, description: 'A draft for my organization (or, for staff, on the owner’s behalf with their consent).' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateVacantStoreDto): Promise<VacantStore> {
    return this.stores.create(principal, body);
  }

  @Access.anyone()
  @Get(':id')
  @ApiOkResponse({ type: VacantStoreDto, description: 'Published: anyone. Otherwise its organization’s members, and staff (audited); others get 404.' })
  get(@OptionalPrincipal() principal: Principal | null, @Param() params: IdParamDto): Promise<VacantStore> {
    return this.stores.get(principal, params.id);
  }

  @Access.signedIn()
  @Patch(':id')
  @ApiOkResponse({ type: VacantStoreDto, description: 'The owner side edits a draft or a rejected listing (409 NOT_EDITABLE otherwise).' })
  update(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: UpdateVacantStoreDto): Promise<VacantStore> {
    return this.stores.update(principal, params.id, body);
  }

  @Access.signedIn()
  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: VacantStoreDto, description: 'The owner sends it for review; both declarations are required.' })
  submit(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<VacantStore> {
    return this.stores.transition(principal, params.id, 'submit');
  }

  @Access.roles('staff', 'admin')
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: VacantStoreDto, description: 'Staff publish a submitted listing for 3 years (audited).' })
  publish(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<VacantStore> {
    return this.stores.transition(principal, params.id, 'publish');
  }

  @Access.roles('staff', 'admin')
  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: VacantStoreDto, description: 'Staff reject a submitted listing with a reason the owner sees (audited).' })
  reject(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: RejectVacantStoreDto): Promise<VacantStore> {
    return this.stores.transition(principal, params.id, 'reject', body.reason);
  }

  @Access.signedIn()
  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: VacantStoreDto, description: 'The owner withdraws it, at any time before it was let.' })
  withdraw(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<VacantStore> {
    return this.stores.transition(principal, params.id, 'withdraw');
  }
}
