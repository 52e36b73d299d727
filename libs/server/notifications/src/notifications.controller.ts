import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  deliveryLogPageSchema,
  deliveryLogQuerySchema,
  notificationPreferencesSchema,
  unsubscribeQuerySchema,
  updateNotificationPreferencesSchema,
} from '@asaka/contracts';
import type { DeliveryLogPage, NotificationPreferences } from '@asaka/contracts';
import { Access, CurrentPrincipal } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { NotificationsAdminService } from './notifications-admin.service';

class NotificationPreferencesDto extends createZodDto(notificationPreferencesSchema) {}
class UpdateNotificationPreferencesDto extends createZodDto(updateNotificationPreferencesSchema) {}
class UnsubscribeQueryDto extends createZodDto(unsubscribeQuerySchema) {}
class DeliveryLogPageDto extends createZodDto(deliveryLogPageSchema) {}
class DeliveryLogQueryDto extends createZodDto(deliveryLogQuerySchema) {}
class NotificationIdParamDto extends createZodDto(z.object({ id: z.string().regex(/^\d{1,18}$/) })) {}

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly service: NotificationsAdminService) {}

  @Access.signedIn()
  @Get('me/notification-preferences')
  @ApiOkResponse({ type: NotificationPreferencesDto, description: 'Optional mail topics, on or off. Critical mails always go.' })
  preferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferences> {
    return this.service.preferences(principal.userId);
  }

  @Access.signedIn()
  @Put('me/notification-preferences')
  @ApiOkResponse({ type: NotificationPreferencesDto })
  setPreferences(@CurrentPrincipal() principal: Principal, @Body() body: UpdateNotificationPreferencesDto): Promise<NotificationPreferences> {
    return this.service.setPreferences(principal.userId, body.topics);
  }

  /** RFC 8058: mail providers POST here when the recipient presses "unsubscribe"; no sign-in. */
  @Access.anyone()
  @Post('notifications/unsubscribe')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The topic named by the signed token is turned off for its recipient.' })
  unsubscribe(@Query() query: UnsubscribeQueryDto): Promise<void> {
    return this.service.unsubscribe(query.token);
  }

  /**
   * The same link opened in a browser: changing nothing on a GET (mail scanners follow links), it
   * leads to the page where the person confirms with a button.
   */
  @Access.anyone()
  @Get('notifications/unsubscribe')
  @ApiResponse({ status: 303, description: 'Redirects to the confirmation page /unsubscribe?token=…' })
  unsubscribePage(@Query() query: UnsubscribeQueryDto, @Res() reply: FastifyReply): void {
    void reply.redirect(`/unsubscribe?token=${encodeURIComponent(query.token)}`, 303);
  }

  @Access.roles('staff', 'admin')
  @Get('admin/notifications')
  @ApiOkResponse({ type: DeliveryLogPageDto, description: 'The email delivery log, newest first, with every attempt.' })
  deliveryLog(@CurrentPrincipal() principal: Principal, @Query() query: DeliveryLogQueryDto): Promise<DeliveryLogPage> {
    return this.service.deliveryLog(principal, query);
  }

  @Access.roles('staff', 'admin')
  @Post('admin/notifications/:id/resend')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The failed mail is back in the outbox.' })
  resend(@CurrentPrincipal() principal: Principal, @Param() params: NotificationIdParamDto): Promise<void> {
    return this.service.resend(principal, params.id);
  }
}
