import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { inquiryClosureForStoreMove, storeMoveEndsRenewalReminders, toJapanIso, vacantStoreRenewalReminders } from '@asaka/domain';
import type { VacantStoreAction } from '@asaka/domain';
import { NotificationsService } from '@asaka/notifications';
import { APP_CONFIG } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import { vacantStoreRenewalEmail } from '../emails/vacant-store-renewal.email';
import { StoreInquiriesRepository } from '../inquiries/store-inquiries.repository';
import { StoreInquiryMails } from '../inquiries/store-inquiry-mails';

/** What a move needs to know of its store. */
export interface MovedStore {
  id: string;
  organizationId: string;
  title: string;
}

/** One renewal reminder to one member, for one registration period (a store published again gets new ones). */
export const renewalReminderKey = (storeId: string, daysBefore: number, expiresAt: Date, userId: string) =>
  `vacant-store:${storeId}:renewal:${daysBefore}d:${expiresAt.toISOString()}:${userId}`;

/**
 * What follows from a move of a store, in the transaction of the move: on publication the owner's
 * renewal reminders are scheduled (60 and 30 days before the registration lapses); when the store
 * is let, withdrawn or closed its open conversations end, nobody is asked any more how they ended,
 * and no renewal reminder goes out.
 */
@Injectable()
export class StoreOutcomeEffects {
  constructor(
    private readonly inquiries: StoreInquiriesRepository,
    private readonly mails: StoreInquiryMails,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `expiresAt`: the registration's end after the move (set by a publication). */
  async afterStoreMove(manager: EntityManager, store: MovedStore, action: VacantStoreAction, expiresAt: Date | null): Promise<void> {
    if (action === 'publish' && expiresAt) await this.scheduleRenewalReminders(manager, store, expiresAt);
    const reason = inquiryClosureForStoreMove(action);
    if (reason) {
      const closed = await this.inquiries.closeOpenOfStore(manager, store.id, reason);
      const memberIds = closed.length > 0 ? await this.inquiries.memberIds(manager, store.organizationId) : [];
      for (const inquiry of closed) await this.mails.cancelQuietAsks(manager, inquiry.id, inquiry.quietAskRound, [inquiry.seekerUserId, ...memberIds]);
    }
    if (storeMoveEndsRenewalReminders(action) && expiresAt) await this.cancelRenewalReminders(manager, store, expiresAt);
  }

  private async scheduleRenewalReminders(manager: EntityManager, store: MovedStore, expiresAt: Date): Promise<void> {
    const members = await this.inquiries.activeMembers(manager, store.organizationId);
    const url = new URL(`/vacant-stores/${store.id}`, this.config.app.baseUrl).toString();
    for (const { daysBefore, sendAt } of vacantStoreRenewalReminders(expiresAt)) {
      for (const member of members) {
        await this.notifications.enqueue(manager, {
          to: member.email,
          recipientUserId: member.userId,
          template: vacantStoreRenewalEmail.name,
          locale: member.locale,
          category: 'critical',
          sendAt,
          dedupeKey: renewalReminderKey(store.id, daysBefore, expiresAt, member.userId),
          data: { recipientName: member.displayName, storeTitle: store.title, expiresOn: toJapanIso(expiresAt).slice(0, 10), daysBefore, url },
        });
      }
    }
  }

  private async cancelRenewalReminders(manager: EntityManager, store: MovedStore, expiresAt: Date): Promise<void> {
    const memberIds = await this.inquiries.memberIds(manager, store.organizationId);
    for (const { daysBefore } of vacantStoreRenewalReminders(expiresAt, new Date(0))) {
      for (const userId of memberIds) await this.notifications.cancel(manager, renewalReminderKey(store.id, daysBefore, expiresAt, userId));
    }
  }
}
