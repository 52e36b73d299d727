import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { foundedOnProblem, foundingFiscalYear, foundingReportActions, japanDateKey, nextFoundingReportStatus, toJapanIso } from '@asaka/domain';
import type { FoundingReportAction, FoundingReportActor } from '@asaka/domain';
import type {
  CreateFoundingReportInput,
  FoundingReport,
  FoundingReportListQuery,
  FoundingReportPage,
  MyFoundingReportListQuery,
  UpdateFoundingReport,
} from '@asaka/contracts';
import { NotificationsService } from '@asaka/notifications';
import { APP_CONFIG, AuditService, CommonErrors, isStaff } from '@asaka/platform';
import type { AppConfig, Principal } from '@asaka/platform';
import { foundingReportDecidedEmail, foundingReportPageUrl } from './founding-report-decided.email';
import { FoundingReportErrors } from './founding-reports.errors';
import { FoundingReportRecord, FoundingReportsRepository, FoundingReportValues } from './founding-reports.repository';

function actorsOf(record: FoundingReportRecord, principal: Principal): FoundingReportActor[] {
  const actors: FoundingReportActor[] = [];
  if (record.userId === principal.userId) actors.push('person');
  if (isStaff(principal)) actors.push('staff');
  return actors;
}

function view(record: FoundingReportRecord, actors: readonly FoundingReportActor[]): FoundingReport {
  return {
    id: record.id,
    userId: record.userId,
    personName: record.person.displayName,
    foundedOn: record.foundedOn,
    fiscalYear: foundingFiscalYear(record.foundedOn),
    businessName: record.businessName,
    businessType: record.businessType,
    industry: record.industry,
    inAsaka: record.inAsaka,
    address: record.address,
    vacantStore: record.vacantStoreId ? { id: record.vacantStoreId, title: record.vacantStoreTitle ?? '' } : null,
    status: record.status,
    rejectionReason: record.rejectionReason,
    submittedAt: toJapanIso(record.submittedAt),
    confirmedAt: record.confirmedAt && toJapanIso(record.confirmedAt),
    rejectedAt: record.rejectedAt && toJapanIso(record.rejectedAt),
    createdAt: toJapanIso(record.createdAt),
    updatedAt: toJapanIso(record.updatedAt),
    actions: foundingReportActions(record.status, actors),
  };
}

const nfkc = (value: string) => value.normalize('NFKC');

/**
 * Founding reports (plan 5-2): the entrepreneur reports the business founded; staff confirm it,
 * or turn it down with a reason the person corrects. Confirmed reports count for
 * 「市の支援を受けて起業した件数」 by the fiscal year of the founding date. Anyone signed in may
 * report: the entrepreneur role is self-chosen, so requiring it first would add a step and
 * protect nothing; staff's confirmation is what counts.
 */
@Injectable()
export class FoundingReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: FoundingReportsRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(principal: Principal, input: CreateFoundingReportInput): Promise<FoundingReport> {
    const now = new Date();
    const id = await this.dataSource.transaction(async (manager) => {
      const values = await this.checked(manager, principal.userId, input, now);
      const created = await this.reports.insert(manager, principal.userId, values, now);
      if (!created) throw FoundingReportErrors.FOUNDING_REPORT_PENDING();
      return created;
    });
    return this.get(principal, id);
  }

  /** The person's own report, or any for staff (audited); for anyone else it does not exist. */
  async get(principal: Principal, id: string): Promise<FoundingReport> {
    const record = await this.reports.find(null, id);
    const actors = record ? actorsOf(record, principal) : [];
    if (!record || actors.length === 0) throw CommonErrors.NOT_FOUND();
    if (!actors.includes('person')) await this.audit.recordRead(principal, 'founding-report', id, { userId: record.userId });
    return view(record, actors);
  }

  async mine(principal: Principal, query: MyFoundingReportListQuery): Promise<FoundingReportPage> {
    const { rows, total } = await this.reports.list({ userId: principal.userId }, query);
    return { items: rows.map((row) => view(row, actorsOf(row, principal))), total, page: query.page, pageSize: query.pageSize };
  }

  /** Everyone's reports for staff, those waiting first (the read is audited: it names people and their businesses). */
  async list(principal: Principal, query: FoundingReportListQuery): Promise<FoundingReportPage> {
    const { rows, total } = await this.reports.list({}, query);
    await this.audit.recordRead(principal, 'founding-report-list', null, { status: query.status ?? null, page: query.page, ids: rows.map((row) => row.id) });
    return { items: rows.map((row) => view(row, actorsOf(row, principal))), total, page: query.page, pageSize: query.pageSize };
  }

  /** The person corrects their report while it waits, or after it was turned down: that resubmits it. */
  async update(principal: Principal, id: string, patch: UpdateFoundingReport): Promise<FoundingReport> {
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const record = await this.reports.find(manager, id, { lock: true });
      const actors = record ? actorsOf(record, principal) : [];
      if (!record || actors.length === 0) throw CommonErrors.NOT_FOUND();
      if (!actors.includes('person')) throw CommonErrors.FORBIDDEN();
      this.requireMove(record, 'edit', 'person');
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<FoundingReportValues>;
      const merged: FoundingReportValues = {
        foundedOn: record.foundedOn,
        businessName: record.businessName,
        businessType: record.businessType,
        industry: record.industry,
        inAsaka: record.inAsaka,
        address: record.address,
        vacantStoreId: record.vacantStoreId,
        ...defined,
      };
      await this.reports.resubmit(manager, id, await this.checked(manager, principal.userId, merged, now), now);
    });
    return this.get(principal, id);
  }

  /** Staff confirm a submitted report: it counts from now on, for the fiscal year of its founding date (audited; the person is mailed). */
  async confirm(principal: Principal, id: string): Promise<FoundingReport> {
    return this.decide(principal, id, 'confirm', null);
  }

  /** Staff turn a submitted report down with the reason the person will read (audited; the person is mailed). */
  async reject(principal: Principal, id: string, reason: string): Promise<FoundingReport> {
    return this.decide(principal, id, 'reject', nfkc(reason));
  }

  private async decide(principal: Principal, id: string, action: 'confirm' | 'reject', reason: string | null): Promise<FoundingReport> {
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const record = await this.reports.find(manager, id, { lock: true });
      if (!record) throw CommonErrors.NOT_FOUND();
      this.requireMove(record, action, 'staff');
      const status = action === 'confirm' ? 'confirmed' : 'rejected';
      await this.reports.decide(manager, id, status === 'confirmed' ? { status, at: now } : { status, at: now, reason: reason ?? '' });
      await this.audit.record(manager, principal, {
        action: `founding-report.${status}`,
        targetType: 'founding-report',
        targetId: id,
        oldValue: { status: record.status },
        newValue: { status, reason, userId: record.userId, foundedOn: record.foundedOn, fiscalYear: foundingFiscalYear(record.foundedOn) },
      });
      if (record.person.active) {
        await this.notifications.enqueue(manager, {
          to: record.person.email,
          recipientUserId: record.userId,
          template: foundingReportDecidedEmail.name,
          locale: record.person.locale,
          category: 'critical',
          data: {
            recipientName: record.person.displayName,
            businessName: record.businessName,
            foundedOn: record.foundedOn,
            decision: status,
            reason,
            url: foundingReportPageUrl(this.config.app.baseUrl, id),
          },
        });
      }
    });
    return this.get(principal, id);
  }

  private requireMove(record: FoundingReportRecord, action: FoundingReportAction, actor: FoundingReportActor): void {
    if (!nextFoundingReportStatus(record.status, action, actor)) throw FoundingReportErrors.INVALID_TRANSITION({ status: record.status, action });
  }

  /**
   * The values as stored: text NFKC-normalised, the date checked against today in Japan, and the
   * store one the person inquired about (anything else is refused the same way, so the answer
   * says nothing about stores the person never saw).
   */
  private async checked(manager: EntityManager, userId: string, values: FoundingReportValues, now: Date): Promise<FoundingReportValues> {
    const problem = foundedOnProblem(values.foundedOn, japanDateKey(now));
    if (problem) {
      const message =
        problem === 'in-future' ? '開業日に先の日付は指定できません / the founding date cannot be in the future' : '開業日は5年以内の日付にしてください / the founding date must be within the last 5 years';
      throw CommonErrors.VALIDATION_FAILED([{ path: 'foundedOn', code: 'custom', message }]);
    }
    if (values.vacantStoreId && !(await this.reports.inquiredStore(manager, userId, values.vacantStoreId))) {
      throw CommonErrors.VALIDATION_FAILED([
        { path: 'vacantStoreId', code: 'custom', message: 'お問い合わせをした空き店舗から選んでください / choose a vacant store you inquired about' },
      ]);
    }
    return { ...values, businessName: nfkc(values.businessName), industry: nfkc(values.industry), address: nfkc(values.address) };
  }
}
