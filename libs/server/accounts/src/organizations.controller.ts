import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Organization } from '@asaka/contracts';
import { Access, CurrentPrincipal } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { CreateOrganizationDto, IdParamDto, OrganizationDto } from './accounts.dtos';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Access.signedIn()
  @Post()
  @ApiCreatedResponse({ type: OrganizationDto, description: 'The organization, with the caller as its owner.' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateOrganizationDto): Promise<Organization> {
    return this.organizations.create(principal, body);
  }

  @Access.signedIn()
  @Get(':id')
  @ApiOkResponse({ type: OrganizationDto, description: 'For its members, and for staff (audited). Others get 404.' })
  get(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto): Promise<Organization> {
    return this.organizations.get(principal, params.id);
  }
}
