import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { eventDefinitionProblems, isEventEditable, isEventPublic, nextEventStatus } from '@asaka/domain';
import type { EventAction } from '@asaka/domain';
import type { CreateEventInput, EventDetail, EventListQuery, EventPage, EventPlaceInput, UpdateEvent } from '@asaka/contracts';
import { AuditService, CommonErrors, isStaff } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { EventMails } from './event-mails';
import { EventRegistrationsRepository } from './event-registrations.repository';
import { EventSeats } from './event-seats';
import { eventDetail, eventSummary } from './event-view';
import { EventErrors } from './events.errors';
import { EventRecord, EventStatusChange, EventsRepository, EventValues } from './events.repository';

const nfkc = (value: string) => value.normalize('NFKC');

/** Text is stored NFKC-folded (全角英数→半角, 半角カナ→全角), like every other context's. */
function normalized(values: EventValues): EventValues {
  const place: EventPlaceInput = values.place.kind === 'venue' ? { kind: 'venue', name: nfkc(values.place.name), address: nfkc(values.place.address) } : values.place;
  return { ...values, title: nfkc(values.title), description: nfkc(values.description), organizer: nfkc(values.organizer), place };
}

type TimedFields = 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt';
const TIMED_FIELDS: TimedFields[] = ['startsAt', 'endsAt', 'registrationOpensAt', 'registrationClosesAt'];

/** API strings (Japan time with the offset) to instants; fields left out stay as they are. */
function valuesFrom(input: Partial<Omit<EventValues, TimedFields> & Record<TimedFields, string>>, base: EventValues): EventValues {
  const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<EventValues & Record<TimedFields, string>>;
  const merged = { ...base, ...defined } as EventValues;
  for (const field of TIMED_FIELDS) if (defined[field] !== undefined) merged[field] = new Date(defined[field] as string);
  return normalized(merged);
}

function valuesOf(event: EventRecord): EventValues {
  const { kind, title, description, organizer, startsAt, endsAt, place, capacity, registrationOpensAt, registrationClosesAt, areas } = event;
  return { kind, title, description, organizer, startsAt, endsAt, place, capacity, registrationOpensAt, registrationClosesAt, areas };
}

/** The fields that differ, for the audit log. */
function changedFields(before: EventValues, after: EventValues): { oldValue: Record<string, unknown>; newValue: Record<string, unknown> } {
  const oldValue: Record<string, unknown> = {};
  const newValue: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof EventValues)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    oldValue[key] = before[key];
    newValue[key] = after[key];
  }
  return { oldValue, newValue };
}

/**
 * Events as staff run them (create, correct, publish, call off, mark held; every step audited) and
 * as everyone else sees them (published ones, with the seats left).
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsRepository,
    private readonly registrations: EventRegistrationsRepository,
    private readonly seats: EventSeats,
    private readonly mails: EventMails,
    private readonly audit: AuditService,
  ) {}

  async create(principal: Principal, input: CreateEventInput): Promise<EventDetail> {
    const values = valuesFrom(input, {} as EventValues);
    const id = await this.dataSource.transaction(async (manager) => {
      const eventId = await this.events.insert(manager, values);
      await this.audit.record(manager, principal, { action: 'event.created', targetType: 'event', targetId: eventId, newValue: { kind: values.kind, title: values.title } });
      return eventId;
    });
    return this.get(principal, id);
  }

  /** Published (and later held or called off) events for anyone; drafts for staff only; others learn nothing (404). */
  async get(principal: Principal | null, id: string): Promise<EventDetail> {
    const event = await this.events.find(null, id);
    const staff = isStaff(principal);
    if (!event || (!staff && !isEventPublic(event.status, event.publishedAt))) throw CommonErrors.NOT_FOUND();
    const mine = principal ? await this.registrations.activeFor(null, id, principal.userId) : null;
    return eventDetail(event, { staff, mine, now: new Date() });
  }

  async list(principal: Principal | null, query: EventListQuery): Promise<EventPage> {
    const staff = isStaff(principal);
    const { rows, total } = await this.events.list(query, staff);
    const now = new Date();
    return { items: rows.map((event) => eventSummary(event, now, staff)), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Staff correct a draft or published event. The merged result must keep the schedule rules; a
   * raised capacity moves people up from the waiting list at once; a new time or place is mailed
   * to everyone registered or waiting, and the reminders follow it.
   */
  async update(principal: Principal, id: string, patch: UpdateEvent): Promise<EventDetail> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.events.lockAndFind(manager, id);
      if (!event) throw CommonErrors.NOT_FOUND();
      if (!isEventEditable(event.status)) throw EventErrors.EVENT_NOT_EDITABLE({ status: event.status });
      const before = valuesOf(event);
      const after = valuesFrom(patch, before);
      const problems = eventDefinitionProblems(after);
      if (problems.length > 0) throw CommonErrors.VALIDATION_FAILED(problems.map((problem) => ({ path: problem.path, code: 'custom', message: problem.message })));
      const { oldValue, newValue } = changedFields(before, after);
      if (Object.keys(newValue).length === 0) return;
      await this.events.updateValues(manager, id, after);
      const updated = await this.events.find(manager, id);
      if (!updated) throw CommonErrors.NOT_FOUND();
      const now = new Date();
      const moved = ['startsAt', 'endsAt', 'place'].some((key) => key in newValue);
      if (moved) await this.mails.eventChanged(manager, updated, await this.registrations.active(manager, id), before, now);
      // Seats freed by a higher capacity go to the people waiting; a lower one takes nobody's seat.
      await this.seats.fillFromWaitlist(manager, updated, now);
      await this.audit.record(manager, principal, { action: 'event.updated', targetType: 'event', targetId: id, oldValue, newValue });
    });
    return this.get(principal, id);
  }

  /**
   * A staff move (the domain decides which, from which status and when). Calling an event off
   * cancels every registration and place on the waiting list, with their reminders, and mails why.
   */
  async transition(principal: Principal, id: string, action: EventAction, reason?: string): Promise<EventDetail> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.events.lockAndFind(manager, id);
      if (!event) throw CommonErrors.NOT_FOUND();
      const now = new Date();
      const next = nextEventStatus(event.status, action, event, now);
      if (!next) throw EventErrors.INVALID_TRANSITION({ status: event.status, action });
      const change: EventStatusChange = { status: next };
      if (action === 'publish') change.publishedAt = now;
      if (action === 'finish') change.finishedAt = now;
      if (action === 'cancel') Object.assign(change, { cancelledAt: now, cancellationReason: reason ?? '' });
      await this.events.changeStatus(manager, id, change);
      if (action === 'cancel') {
        const active = await this.registrations.active(manager, id);
        await this.registrations.cancelAllActive(manager, id, now);
        await this.mails.eventCancelled(manager, { ...event, ...change }, active, reason ?? '');
      }
      await this.audit.record(manager, principal, {
        action: `event.${action}`,
        targetType: 'event',
        targetId: id,
        oldValue: { status: event.status },
        newValue: { status: next, ...(reason ? { reason } : {}) },
      });
    });
    return this.get(principal, id);
  }
}
