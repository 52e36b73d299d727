import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RecommendedSeekers, RecommendedVacantStores, StoreSeekerProfile } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { PutStoreSeekerProfileDto, RecommendedSeekersDto, RecommendedVacantStoresDto, StoreSeekerProfileDto } from './recommendations.dtos';
import { RecommendationsService } from './recommendations.service';

@ApiTags('vacant-stores')
@Controller('vacant-stores')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Access.signedIn()
  @Get('seeker-profile')
  @ApiOkResponse({ type: StoreSeekerProfileDto, description: 'My needs as a store seeker (empty, updatedAt null, until saved).' })
  profile(@CurrentPrincipal() principal: Principal): Promise<StoreSeekerProfile> {
    return this.recommendations.profile(principal);
  }

  @Access.signedIn()
  @Put('seeker-profile')
  @ApiOkResponse({ type: StoreSeekerProfileDto, description: 'Replaces my needs; discoverable (default false) lets owners see me among recommended seekers.' })
  saveProfile(@CurrentPrincipal() principal: Principal, @Body() body: PutStoreSeekerProfileDto): Promise<StoreSeekerProfile> {
    return this.recommendations.saveProfile(principal, body);
  }

  @Access.signedIn()
  @Get('recommended')
  @ApiOkResponse({
    type: RecommendedVacantStoresDto,
    description: 'Public stores ranked by the matching score against my saved needs, top 20, with the reasons. Without saved needs: empty with needsStated false.',
  })
  recommended(@CurrentPrincipal() principal: Principal): Promise<RecommendedVacantStores> {
    return this.recommendations.storesForMe(principal);
  }

  @Access.signedIn()
  @Get(':id/recommended-seekers')
  @ApiOkResponse({
    type: RecommendedSeekersDto,
    description: 'Seekers who allowed it, ranked for this store, top 20: for its organization’s members and staff (audited); others get 404.',
  })
  seekers(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<RecommendedSeekers> {
    return this.recommendations.seekersForStore(principal, params.id);
  }
}
