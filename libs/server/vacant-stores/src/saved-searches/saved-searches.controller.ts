import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { SavedSearch, SavedSearchList } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { CreateSavedSearchDto, SavedSearchDto, SavedSearchListDto, SavedSearchListQueryDto, UpdateSavedSearchDto } from './saved-searches.dtos';
import { SavedSearchesService } from './saved-searches.service';

@ApiTags('saved-searches')
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly searches: SavedSearchesService) {}

  @Access.signedIn()
  @Post()
  @ApiCreatedResponse({
    type: SavedSearchDto,
    description: 'Keeps the filters of a search page; alert: immediate (a mail per new match), daily (08:00 digest) or off. 409 SAVED_SEARCH_LIMIT beyond 20.',
  })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateSavedSearchDto): Promise<SavedSearch> {
    return this.searches.create(principal, body);
  }

  @Access.signedIn()
  @Get()
  @ApiOkResponse({ type: SavedSearchListDto, description: 'My saved searches, newest first.' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: SavedSearchListQueryDto): Promise<SavedSearchList> {
    return this.searches.list(principal, query);
  }

  @Access.signedIn()
  @Patch(':id')
  @ApiOkResponse({ type: SavedSearchDto, description: 'Renames it, changes its filters or how I am alerted; someone else’s is 404.' })
  update(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: UpdateSavedSearchDto): Promise<SavedSearch> {
    return this.searches.update(principal, params.id, body);
  }

  @Access.signedIn()
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; someone else’s is 404.' })
  remove(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<void> {
    return this.searches.remove(principal, params.id);
  }
}
