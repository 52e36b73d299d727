import { Injectable } from '@nestjs/common';
import { FOUNDING_AREA_LABELS_JA, FOUNDING_AREAS, japanDateKey, pathwayProgress, pathwayQualifiedAt, toJapanIso } from '@asaka/domain';
import type { FoundingArea } from '@asaka/domain';
import type { FoundingPathway, FoundingPathwayCsvQuery, FoundingPathwayListQuery, FoundingPathwayPage, FoundingPathwaySummary } from '@asaka/contracts';
import { EventAttendance } from '@asaka/events';
import type { AttendedSeminar } from '@asaka/events';
import { AuditService, CommonErrors, csvDocument, excelDate, excelDateTime, isStaff } from '@asaka/platform';
import type { CsvValue, Principal } from '@asaka/platform';
import { ConsultationRecordsRepository, RecordedSession } from '../records/consultation-records.repository';

/** One session of a person's pathway, whichever kind. */
interface Session {
  kind: 'consultation' | 'seminar';
  id: string;
  at: Date;
  title: string;
  areas: FoundingArea[];
}

interface Person {
  userId: string;
  displayName: string;
  sessions: Session[];
}

const fromConsultation = (s: RecordedSession): Session => ({
  kind: 'consultation',
  id: s.bookingId,
  at: s.startsAt,
  title: `${s.organizationName} ${s.adviserName}`,
  areas: s.areas,
});
const fromSeminar = (s: AttendedSeminar): Session => ({ kind: 'seminar', id: s.eventId, at: s.startsAt, title: s.title, areas: s.areas });
const byTime = (a: Session, b: Session) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id);

function progressOf(sessions: readonly Session[]) {
  const progress = pathwayProgress(sessions);
  const qualifiedAt = pathwayQualifiedAt(sessions);
  return {
    sessionCount: progress.sessions,
    sessionsNeeded: progress.sessionsNeeded,
    areasCovered: progress.areasCovered,
    areasMissing: progress.areasMissing,
    spansAMonth: progress.spansAMonth,
    earliestCompletion: progress.earliestCompletion && toJapanIso(progress.earliestCompletion),
    qualifies: progress.qualifies,
    qualifiedAt: qualifiedAt && toJapanIso(qualifiedAt),
  };
}

function pathwayView(person: Person): FoundingPathway {
  return {
    userId: person.userId,
    displayName: person.displayName,
    sessions: person.sessions.map((s) => ({ kind: s.kind, id: s.id, startsAt: toJapanIso(s.at), title: s.title, areas: s.areas })),
    ...progressOf(person.sessions),
  };
}

function summaryView(person: Person): FoundingPathwaySummary {
  const first = person.sessions[0] as Session;
  const last = person.sessions[person.sessions.length - 1] as Session;
  return { userId: person.userId, displayName: person.displayName, firstSessionAt: toJapanIso(first.at), lastSessionAt: toJapanIso(last.at), ...progressOf(person.sessions) };
}

export const PATHWAY_CSV_HEADER = ['No.', '氏名', '区分', '日時（日本時間）', '内容', ...FOUNDING_AREAS.map((area) => FOUNDING_AREA_LABELS_JA[area]), '要件', '要件を満たした日'];
const KIND_LABELS: Record<Session['kind'], string> = { consultation: '個別相談', seminar: 'セミナー' };

/** The session dates a certificate needs, one line per session, people one after another. */
function pathwayCsv(people: readonly Person[]): string {
  const rows: CsvValue[][] = [];
  for (const person of people) {
    const qualifiedAt = pathwayQualifiedAt(person.sessions);
    for (const session of person.sessions) {
      rows.push([
        rows.length + 1,
        person.displayName,
        KIND_LABELS[session.kind],
        excelDateTime(session.at),
        session.title,
        ...FOUNDING_AREAS.map((area) => (session.areas.includes(area) ? '○' : '')),
        qualifiedAt ? '満たす' : '未達',
        excelDate(qualifiedAt),
      ]);
    }
  }
  return csvDocument(PATHWAY_CSV_HEADER, rows);
}

/**
 * 特定創業支援等事業: a person's sessions are their held consultations whose record names areas,
 * and the seminars they were checked in at; the domain's `pathwayProgress` says how far they are.
 * Each person sees their own; staff see everyone's (audited) and export the session dates.
 *
 * Everyone's list is computed in memory from two queries: the rule is the domain's (not SQL's),
 * and the program has hundreds of participants a year, not millions.
 */
@Injectable()
export class FoundingPathwayService {
  constructor(
    private readonly records: ConsultationRecordsRepository,
    private readonly attendance: EventAttendance,
    private readonly audit: AuditService,
  ) {}

  mine(principal: Principal): Promise<FoundingPathway> {
    return this.get(principal, principal.userId);
  }

  /** A person's own pathway, or anyone's for staff (audited); for anyone else it does not exist. */
  async get(principal: Principal, userId: string): Promise<FoundingPathway> {
    return pathwayView(await this.readable(principal, userId, { view: 'pathway' }));
  }

  async list(principal: Principal, query: FoundingPathwayListQuery): Promise<FoundingPathwayPage> {
    const people = this.filtered(await this.everyone(), query.qualified);
    const page = people.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    await this.audit.recordRead(principal, 'founding-pathway-list', null, { qualified: query.qualified ?? null, page: query.page, userIds: page.map((p) => p.userId) });
    return { items: page.map(summaryView), total: people.length, page: query.page, pageSize: query.pageSize };
  }

  /** One person's session dates as CSV: their own, or anyone's for staff (audited). */
  async csvOf(principal: Principal, userId: string): Promise<{ filename: string; body: string }> {
    const person = await this.readable(principal, userId, { view: 'csv' });
    return { filename: `founding-pathway-${userId.slice(0, 8)}.csv`, body: pathwayCsv([person]) };
  }

  /** Everyone's session dates (or only of those who qualify) as one CSV for staff (audited). */
  async csvAll(principal: Principal, query: FoundingPathwayCsvQuery): Promise<{ filename: string; body: string }> {
    const people = this.filtered(await this.everyone(), query.qualified);
    await this.audit.recordRead(principal, 'founding-pathway-list', null, { format: 'csv', qualified: query.qualified ?? null, people: people.length });
    return { filename: `founding-pathway-${japanDateKey(new Date())}.csv`, body: pathwayCsv(people) };
  }

  private async readable(principal: Principal, userId: string, detail: { view: 'pathway' | 'csv' }): Promise<Person> {
    const own = principal.userId === userId;
    if (!own && !isStaff(principal)) throw CommonErrors.NOT_FOUND();
    const [names, consultations, seminars] = await Promise.all([
      this.records.displayNames([userId]),
      this.records.recordedSessions([userId]),
      this.attendance.attendedSeminarsOf(userId),
    ]);
    const displayName = names.get(userId);
    if (displayName === undefined) throw CommonErrors.NOT_FOUND();
    if (!own) await this.audit.recordRead(principal, 'founding-pathway', userId, detail);
    return { userId, displayName, sessions: this.merge(consultations, seminars) };
  }

  /** Everyone with at least one session, the most recently active first. */
  private async everyone(): Promise<Person[]> {
    const [consultations, seminars] = await Promise.all([this.records.recordedSessions(), this.attendance.attendedSeminarsOfEveryone()]);
    const byPerson = new Map<string, RecordedSession[]>();
    for (const session of consultations) {
      const list = byPerson.get(session.userId);
      if (list) list.push(session);
      else byPerson.set(session.userId, [session]);
    }
    const userIds = [...new Set([...byPerson.keys(), ...seminars.keys()])];
    const names = await this.records.displayNames(userIds);
    const people = userIds
      .map((userId) => ({ userId, displayName: names.get(userId) ?? '', sessions: this.merge(byPerson.get(userId) ?? [], seminars.get(userId) ?? []) }))
      .filter((person) => person.sessions.length > 0);
    const lastAt = (person: Person) => (person.sessions[person.sessions.length - 1] as Session).at.getTime();
    return people.sort((a, b) => lastAt(b) - lastAt(a) || a.displayName.localeCompare(b.displayName, 'ja') || a.userId.localeCompare(b.userId));
  }

  private filtered(people: Person[], qualified: boolean | undefined): Person[] {
    return qualified === undefined ? people : people.filter((person) => pathwayProgress(person.sessions).qualifies === qualified);
  }

  /** A seminar counts only with the areas it covered; one that names none is not a session of the pathway. */
  private merge(consultations: readonly RecordedSession[], seminars: readonly AttendedSeminar[]): Session[] {
    return [...consultations.map(fromConsultation), ...seminars.filter((s) => s.areas.length > 0).map(fromSeminar)].sort(byTime);
  }
}
