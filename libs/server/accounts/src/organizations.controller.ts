import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Organization } from '@asaka/contracts';
import { Access, CurrentPrincipal, IdParamDto } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { AcceptInvitationDto, CreateOrganizationDto, InviteMemberDto, MemberParamDto, OrganizationDto } from './accounts.dtos';
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

  @Access.signedIn()
  @Post(':id/invitations')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'An invitation mail is on its way (owners only).' })
  invite(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: InviteMemberDto): Promise<void> {
    return this.organizations.invite(principal, params.id, body.email);
  }

  @Access.signedIn()
  @Delete(':id/members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The member is removed (by an owner, or by themself).' })
  removeMember(@CurrentPrincipal() principal: Principal, @Param() params: MemberParamDto): Promise<void> {
    return this.organizations.removeMember(principal, params.id, params.userId);
  }
}

@ApiTags('organizations')
@Controller('organization-invitations')
export class OrganizationInvitationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Access.signedIn()
  @Post('accept')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationDto, description: 'Joined: the organization as the new member sees it.' })
  accept(@CurrentPrincipal() principal: Principal, @Body() body: AcceptInvitationDto): Promise<Organization> {
    return this.organizations.accept(principal, body.token);
  }
}
