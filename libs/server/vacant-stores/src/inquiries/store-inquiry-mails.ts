import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { storeInquiryQuietAskAt, storeLetConfirmationReminderAt } from '@asaka/domain';
import type { StoreInquirySide } from '@asaka/domain';
import { NotificationsService } from '@asaka/notifications';
import { APP_CONFIG } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import { excerpt } from '../emails/inquiry-mail-lines';
import { storeInquiryMessageEmail } from '../emails/store-inquiry-message.email';
import { storeInquiryQuietEmail } from '../emails/store-inquiry-quiet.email';
import { storeInquiryReceivedEmail } from '../emails/store-inquiry-received.email';
import { storeLetConfirmationEmail } from '../emails/store-let-confirmation.email';
import type { InquiryRecord, Party } from './store-inquiries.repository';

/** Someone on one side of a thread, to be mailed. */
export interface ThreadParty extends Party {
  side: StoreInquirySide;
}

/** The quiet-thread mail of one round to one person: moved by each message, cancelled by an outcome. */
export const quietAskKey = (inquiryId: string, round: number, userId: string) => `store-inquiry:${inquiryId}:quiet:${round}:${userId}`;
export const letReminderKey = (inquiryId: string) => `store-inquiry:${inquiryId}:let-reminder`;

/**
 * The mails of inquiry threads, all critical (they are about the person's own conversation). None
 * carries the other party's email address: the data holds display names and a link to the thread.
 */
@Injectable()
export class StoreInquiryMails {
  constructor(
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  threadUrl(inquiryId: string): string {
    return new URL(`/inquiries/${inquiryId}`, this.config.app.baseUrl).toString();
  }

  /** To each member of the owning organization, when a seeker opens an inquiry. */
  async inquiryReceived(manager: EntityManager, inquiry: InquiryRecord, members: Party[], firstMessage: string): Promise<void> {
    for (const member of members) {
      await this.notifications.enqueue(manager, {
        to: member.email,
        recipientUserId: member.userId,
        template: storeInquiryReceivedEmail.name,
        locale: member.locale,
        category: 'critical',
        data: {
          recipientName: member.displayName,
          storeTitle: inquiry.storeTitle,
          seekerName: inquiry.seekerName,
          plannedBusiness: inquiry.plannedBusiness,
          excerpt: excerpt(firstMessage),
          url: this.threadUrl(inquiry.id),
        },
      });
    }
  }

  /** To the other party of a thread when a message arrives. */
  async messagePosted(manager: EntityManager, inquiry: InquiryRecord, recipients: Party[], senderName: string, body: string): Promise<void> {
    for (const recipient of recipients) {
      await this.notifications.enqueue(manager, {
        to: recipient.email,
        recipientUserId: recipient.userId,
        template: storeInquiryMessageEmail.name,
        locale: recipient.locale,
        category: 'critical',
        data: { recipientName: recipient.displayName, storeTitle: inquiry.storeTitle, senderName, excerpt: excerpt(body), url: this.threadUrl(inquiry.id) },
      });
    }
  }

  /**
   * (Re)schedules the "how did it end?" mail to every party for 30 days after this message. Pending
   * ones of the current round are moved; when one of them already went out (the thread was quiet,
   * then came back to life), a new round starts. Returns the round now in force.
   */
  async scheduleQuietAsks(manager: EntityManager, inquiry: InquiryRecord, parties: ThreadParty[], lastMessageAt: Date): Promise<number> {
    const sendAt = storeInquiryQuietAskAt(lastMessageAt);
    let spent = false;
    for (const party of parties) {
      const key = quietAskKey(inquiry.id, inquiry.quietAskRound, party.userId);
      if (await this.notifications.reschedule(manager, key, sendAt)) continue;
      if (!(await this.enqueueQuietAsk(manager, inquiry, party, key, sendAt))) spent = true;
    }
    if (!spent) return inquiry.quietAskRound;
    await this.cancelQuietAsks(manager, inquiry.id, inquiry.quietAskRound, parties.map((p) => p.userId));
    const round = inquiry.quietAskRound + 1;
    for (const party of parties) await this.enqueueQuietAsk(manager, inquiry, party, quietAskKey(inquiry.id, round, party.userId), sendAt);
    return round;
  }

  /** The outcome is known (or the thread ended): nobody needs to be asked any more. */
  async cancelQuietAsks(manager: EntityManager, inquiryId: string, round: number, userIds: string[]): Promise<void> {
    for (const userId of new Set(userIds)) await this.notifications.cancel(manager, quietAskKey(inquiryId, round, userId));
  }

  /** To the seeker the store was let to: confirm it, now and, if still unanswered, in two weeks. */
  async letToSeeker(manager: EntityManager, inquiry: InquiryRecord, seeker: Party, letAt: Date): Promise<void> {
    const mail = (reminder: boolean) => ({
      to: seeker.email,
      recipientUserId: seeker.userId,
      template: storeLetConfirmationEmail.name,
      locale: seeker.locale,
      category: 'critical' as const,
      data: { recipientName: seeker.displayName, storeTitle: inquiry.storeTitle, organizationName: inquiry.organizationName, reminder, url: this.threadUrl(inquiry.id) },
    });
    await this.notifications.enqueue(manager, mail(false));
    await this.notifications.enqueue(manager, { ...mail(true), sendAt: storeLetConfirmationReminderAt(letAt), dedupeKey: letReminderKey(inquiry.id) });
  }

  async cancelLetReminder(manager: EntityManager, inquiryId: string): Promise<void> {
    await this.notifications.cancel(manager, letReminderKey(inquiryId));
  }

  private async enqueueQuietAsk(manager: EntityManager, inquiry: InquiryRecord, party: ThreadParty, dedupeKey: string, sendAt: Date): Promise<boolean> {
    const { created } = await this.notifications.enqueue(manager, {
      to: party.email,
      recipientUserId: party.userId,
      template: storeInquiryQuietEmail.name,
      locale: party.locale,
      category: 'critical',
      sendAt,
      dedupeKey,
      data: {
        recipientName: party.displayName,
        storeTitle: inquiry.storeTitle,
        otherPartyName: party.side === 'seeker' ? inquiry.organizationName : inquiry.seekerName,
        side: party.side,
        url: this.threadUrl(inquiry.id),
      },
    });
    return created;
  }
}
