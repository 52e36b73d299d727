import { Body, Controller, Get, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AdminUser, AdminUserPage, AuditEventPage, CounterRegistrationResult } from '@asaka/contracts';
import { Access, AuditService, CurrentPrincipal, IdParamDto } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import {
  AdminUserDto,
  AdminUserPageDto,
  AdminUserQueryDto,
  AuditEventPageDto,
  AuditQueryDto,
  CounterRegistrationDto,
  CounterRegistrationResultDto,
  SetAccountStatusDto,
  SetRolesDto,
} from './accounts.dtos';
import { AdminService } from './admin.service';

@ApiTags('admin')
@Controller('admin')
export class AdminController {
  constructor(
    private readonly admin: AdminService,
    private readonly audit: AuditService,
  ) {}

  @Access.roles('staff', 'admin')
  @Get('users')
  @ApiOkResponse({ type: AdminUserPageDto, description: 'People with an account; each listing is recorded in the audit log.' })
  users(@CurrentPrincipal() principal: Principal, @Query() query: AdminUserQueryDto): Promise<AdminUserPage> {
    return this.admin.listUsers(principal, query);
  }

  @Access.roles('admin')
  @Put('users/:id/roles')
  @ApiOkResponse({ type: AdminUserDto })
  setRoles(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: SetRolesDto, @Req() request: FastifyRequest): Promise<AdminUser> {
    return this.admin.setRoles(principal, params.id, body.roles, request.ip);
  }

  @Access.roles('admin')
  @Put('users/:id/status')
  @ApiOkResponse({ type: AdminUserDto, description: 'Disabling ends the person’s sessions at once.' })
  setStatus(@CurrentPrincipal() principal: Principal, @Param() params: IdParamDto, @Body() body: SetAccountStatusDto, @Req() request: FastifyRequest): Promise<AdminUser> {
    return this.admin.setStatus(principal, params.id, body.status, request.ip);
  }

  @Access.roles('staff', 'admin')
  @Post('counter-registrations')
  @ApiCreatedResponse({ type: CounterRegistrationResultDto, description: 'Account (and organization) opened at the counter; the person is mailed a link to set a password.' })
  registerAtCounter(@CurrentPrincipal() principal: Principal, @Body() body: CounterRegistrationDto, @Req() request: FastifyRequest): Promise<CounterRegistrationResult> {
    return this.admin.registerAtCounter(principal, body, request.ip);
  }

  @Access.roles('staff', 'admin')
  @Get('audit-log')
  @ApiOkResponse({ type: AuditEventPageDto })
  auditLog(@Query() query: AuditQueryDto): Promise<AuditEventPage> {
    return this.audit.list(query);
  }
}
