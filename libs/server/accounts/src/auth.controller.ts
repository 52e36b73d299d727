import { Body, Controller, Delete, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AcceptedResponse, MeResponse, SecondFactorSetup } from '@asaka/contracts';
import { Access, CurrentPrincipal } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import {
  AcceptedResponseDto,
  ChangePasswordDto,
  SetMyRolesDto,
  LoginRequestDto,
  MeResponseDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  RegisterRequestDto,
  SecondFactorConfirmDto,
  SecondFactorSetupDto,
  VerifyEmailRequestDto,
} from './accounts.dtos';
import { AccountsService } from './accounts.service';
import { PersonalDataService } from './personal-data.service';

const accepted: AcceptedResponse = { status: 'accepted' };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly accounts: AccountsService) {}

  @Access.anyone()
  @Post('register')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedResponseDto, description: 'A verification mail is on its way (the answer is the same for a registered address).' })
  async register(@Body() body: RegisterRequestDto): Promise<AcceptedResponse> {
    await this.accounts.register(body);
    return accepted;
  }

  @Access.anyone()
  @Post('verify-email')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The address is confirmed.' })
  verifyEmail(@Body() body: VerifyEmailRequestDto): Promise<void> {
    return this.accounts.verifyEmail(body.token);
  }

  @Access.anyone()
  @Post('login')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed in: the session cookie is set.' })
  login(@Body() body: LoginRequestDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.accounts.login(body, request, reply);
  }

  /** Open to anyone so an expired session's cookie is cleared too. */
  @Access.anyone()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session, if any, is ended and its cookie cleared.' })
  logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.accounts.logout(request.principal, reply);
  }

  @Access.anyone()
  @Post('password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedResponseDto, description: 'A reset link is mailed if the address has an account.' })
  async requestPasswordReset(@Body() body: PasswordResetRequestDto): Promise<AcceptedResponse> {
    await this.accounts.requestPasswordReset(body.email);
    return accepted;
  }

  @Access.anyone()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is changed and every session ended.' })
  confirmPasswordReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    return this.accounts.confirmPasswordReset(body);
  }
}

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Access.signedIn()
  @Put('roles')
  @ApiOkResponse({ type: MeResponseDto, description: 'My self-chosen roles (jobseeker, entrepreneur) replaced; granted roles kept.' })
  setRoles(@CurrentPrincipal() principal: Principal, @Body() body: SetMyRolesDto): Promise<MeResponse> {
    return this.accounts.setSelfChosenRoles(principal, body.roles);
  }

  @Access.signedIn()
  @Put('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; every other session is ended.' })
  changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto): Promise<void> {
    return this.accounts.changePassword(principal, body.currentPassword, body.newPassword);
  }

  @Access.signedIn()
  @Get('export')
  @ApiOkResponse({ description: 'All of my data as JSON, one section per kind of record.' })
  export(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, unknown>> {
    reply.header('cache-control', 'no-store').header('content-disposition', 'attachment; filename="asaka-portal-my-data.json"');
    return this.personalData.export(principal);
  }

  @Access.signedIn()
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'My account is deleted: personal data removed or anonymised, sessions ended.' })
  remove(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.personalData.delete(principal, reply);
  }

  @Access.signedIn()
  @Get()
  @ApiOkResponse({ type: MeResponseDto })
  me(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeResponse> {
    reply.header('cache-control', 'no-store');
    return this.accounts.me(principal);
  }

  @Access.signedIn()
  @Post('second-factor')
  @ApiOkResponse({ type: SecondFactorSetupDto, description: 'A new TOTP secret; confirm a code from it to turn two-step verification on.' })
  @HttpCode(200)
  beginSecondFactor(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<SecondFactorSetup> {
    reply.header('cache-control', 'no-store');
    return this.accounts.beginSecondFactor(principal);
  }

  @Access.signedIn()
  @Post('second-factor/confirm')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Two-step verification is on; staff and admin rights take effect in this session.' })
  confirmSecondFactor(@CurrentPrincipal() principal: Principal, @Body() body: SecondFactorConfirmDto): Promise<void> {
    return this.accounts.confirmSecondFactor(principal, body.code);
  }
}
