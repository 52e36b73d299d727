import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Adviser, AdviserListQuery, AdviserPage, Availability, ConsultationSettings, UpdateAdviser } from '@asaka/contracts';
import { AuditService, CommonErrors, isStaff } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { AdviserProfileValues, AdviserRecord, AdviserSessionValues, AdvisersRepository } from './advisers.repository';
import { adviserView } from './adviser-view';
import { ConsultationErrors } from './consultations.errors';

const nfkc = (value: string) => value.normalize('NFKC');

function normalizeProfile(profile: AdviserProfileValues): AdviserProfileValues {
  return {
    ...profile,
    organizationName: nfkc(profile.organizationName),
    jobTitle: profile.jobTitle === null ? null : nfkc(profile.jobTitle),
    introduction: nfkc(profile.introduction),
  };
}

function profileOf(record: AdviserRecord): AdviserProfileValues {
  const { organizationName, jobTitle, introduction, areas, topics, places, meetingUrl } = record;
  return { organizationName, jobTitle, introduction, areas, topics, places, meetingUrl };
}

function sessionOf(record: AdviserRecord): AdviserSessionValues {
  return { slotMinutes: record.slotMinutes, bufferMinutes: record.bufferMinutes, active: record.active };
}

const DEFAULT_SESSION: AdviserSessionValues = { slotMinutes: 60, bufferMinutes: 0, active: true };

/**
 * Adviser profiles and availability: a person with the adviser role keeps their own; staff keep
 * anyone's, including the session length and buffer, and the program-wide booking rules.
 */
@Injectable()
export class AdvisersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly advisers: AdvisersRepository,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal | null, query: AdviserListQuery): Promise<AdviserPage> {
    const { rows, total } = await this.advisers.list(
      { topic: query.topic, place: query.place, area: query.area },
      { includeInactive: query.includeInactive && isStaff(principal), page: { page: query.page, pageSize: query.pageSize } },
    );
    return { items: rows.map((row) => adviserView(row, null)), total, page: query.page, pageSize: query.pageSize };
  }

  /** Anyone sees an adviser in service; the adviser themself and staff also see one out of service, with the details. */
  async get(principal: Principal | null, id: string): Promise<Adviser> {
    const record = await this.advisers.find(null, id);
    const own = !!record && !!principal && record.userId === principal.userId;
    if (!record || (!record.active && !own && !isStaff(principal))) throw CommonErrors.NOT_FOUND();
    return this.view(record, own || isStaff(principal));
  }

  async mine(principal: Principal): Promise<Adviser> {
    const record = await this.advisers.findByUser(null, principal.userId);
    if (!record) throw CommonErrors.NOT_FOUND();
    return this.view(record, true);
  }

  /** The adviser writes their own profile; the first time opens it with the default session settings. */
  async upsertMine(principal: Principal, profile: AdviserProfileValues): Promise<Adviser> {
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.advisers.findByUser(manager, principal.userId);
      if (existing) await this.advisers.update(manager, existing.id, normalizeProfile(profile), sessionOf(existing));
      else await this.advisers.insert(manager, principal.userId, normalizeProfile(profile), DEFAULT_SESSION);
    });
    return this.mine(principal);
  }

  /** Staff open a profile for an account holding the adviser role (audited). */
  async create(principal: Principal, userId: string, profile: AdviserProfileValues, session: AdviserSessionValues): Promise<Adviser> {
    const id = await this.dataSource.transaction(async (manager) => {
      const account = await this.advisers.accountOf(manager, userId);
      if (!account || account.status !== 'active') throw CommonErrors.NOT_FOUND();
      if (!account.roles.includes('adviser')) throw ConsultationErrors.NOT_AN_ADVISER();
      const created = await this.advisers.insert(manager, userId, normalizeProfile(profile), session);
      if (!created) throw ConsultationErrors.ADVISER_PROFILE_EXISTS();
      await this.audit.record(manager, principal, { action: 'adviser.created', targetType: 'adviser', targetId: created, newValue: { userId, ...session } });
      return created;
    });
    return this.view((await this.advisers.find(null, id)) as AdviserRecord, true);
  }

  /** Staff change a profile or its session settings, or take it out of service (audited with old and new values). */
  async update(principal: Principal, id: string, patch: UpdateAdviser): Promise<Adviser> {
    await this.dataSource.transaction(async (manager) => {
      const record = await this.advisers.find(manager, id, { lock: true });
      if (!record) throw CommonErrors.NOT_FOUND();
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as UpdateAdviser;
      const profile = { ...profileOf(record), ...pick(defined, ['organizationName', 'jobTitle', 'introduction', 'areas', 'topics', 'places', 'meetingUrl']) };
      const session = { ...sessionOf(record), ...pick(defined, ['slotMinutes', 'bufferMinutes', 'active']) };
      if (profile.places.includes('online') && !profile.meetingUrl) throw ConsultationErrors.MEETING_URL_REQUIRED();
      await this.advisers.update(manager, id, normalizeProfile(profile), session);
      const before = { ...profileOf(record), ...sessionOf(record) };
      await this.audit.record(manager, principal, {
        action: 'adviser.updated',
        targetType: 'adviser',
        targetId: id,
        oldValue: pick(before, Object.keys(defined) as (keyof typeof before)[]),
        newValue: defined,
      });
    });
    return this.view((await this.advisers.find(null, id)) as AdviserRecord, true);
  }

  /** The adviser's own availability, or (staff) anyone's; replaced whole, as the week editor sends it. */
  async setAvailability(principal: Principal, target: { adviserId: string } | 'mine', availability: Availability): Promise<Adviser> {
    const id = await this.dataSource.transaction(async (manager) => {
      const record = target === 'mine' ? await this.advisers.findByUser(manager, principal.userId) : await this.advisers.find(manager, target.adviserId, { lock: true });
      if (!record) throw CommonErrors.NOT_FOUND();
      await this.advisers.replaceAvailability(manager, record.id, availability);
      if (record.userId !== principal.userId) {
        await this.audit.record(manager, principal, { action: 'adviser.availability-set', targetType: 'adviser', targetId: record.id, newValue: availability });
      }
      return record.id;
    });
    return this.view((await this.advisers.find(null, id)) as AdviserRecord, true);
  }

  settings(): Promise<ConsultationSettings> {
    return this.advisers.settings(null);
  }

  async updateSettings(principal: Principal, settings: ConsultationSettings): Promise<ConsultationSettings> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.advisers.settings(manager);
      await this.advisers.updateSettings(manager, settings);
      await this.audit.record(manager, principal, { action: 'consultation-settings.updated', targetType: 'consultation-settings', oldValue: before, newValue: settings });
    });
    return this.advisers.settings(null);
  }

  private async view(record: AdviserRecord, withDetails: boolean): Promise<Adviser> {
    if (!withDetails) return adviserView(record, null);
    const availability = (await this.advisers.availability(null, [record.id])).get(record.id) ?? null;
    return adviserView(record, availability);
  }
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => key in value).map((key) => [key, value[key]])) as Partial<Pick<T, K>>;
}
