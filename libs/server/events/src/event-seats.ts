import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { promotesWaitlist, promotionCount } from '@asaka/domain';
import { EventMails } from './event-mails';
import { EventRegistrationsRepository, RegistrationRecord } from './event-registrations.repository';
import type { EventRecord } from './events.repository';

/**
 * The waiting list moving up: after a seat is freed or the capacity raised, the first people
 * waiting take the free seats, in the same transaction, and each is mailed. Called with the
 * event's row locked and `event` read after the change, so its counts are the current ones.
 */
@Injectable()
export class EventSeats {
  constructor(
    private readonly registrations: EventRegistrationsRepository,
    private readonly mails: EventMails,
  ) {}

  async fillFromWaitlist(manager: EntityManager, event: EventRecord, now: Date): Promise<RegistrationRecord[]> {
    if (!promotesWaitlist(event, now)) return [];
    const front = await this.registrations.frontOfWaitlist(manager, event.id, promotionCount(event.capacity, event.registered, event.waitlisted));
    if (front.length === 0) return [];
    await this.registrations.promote(manager, front.map((registration) => registration.id), now);
    const promoted: RegistrationRecord[] = [];
    for (const { id } of front) {
      const registration = await this.registrations.find(manager, id);
      if (!registration) continue;
      await this.mails.promoted(manager, event, registration, now);
      promoted.push(registration);
    }
    return promoted;
  }
}
