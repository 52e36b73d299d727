import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EventKind, EventStatus, FoundingArea } from '@asaka/domain';

/**
 * An event the city runs or co-hosts: a seminar (起業家育成支援セミナー), a job fair (就職面接会・
 * 相談会) or another event, with its seats and registration window. The lists of kinds, statuses and
 * areas are those of @asaka/domain; the schedule rules are `eventDefinitionProblems` there.
 * Named CityEvent so as not to shadow the runtime's global `Event`.
 */
@Entity('city_event')
@Check('city_event_kind_chk', `"kind" IN ('seminar', 'job-fair', 'other')`)
@Check('city_event_status_chk', `"status" IN ('draft', 'published', 'cancelled', 'finished')`)
@Check('city_event_areas_chk', `"areas" <@ ARRAY['management', 'finance', 'human-resources', 'sales-channels']::text[] AND ("kind" = 'seminar' OR cardinality("areas") = 0)`)
@Check('city_event_time_chk', `"ends_at" > "starts_at" AND "registration_closes_at" > "registration_opens_at" AND "registration_closes_at" <= "starts_at"`)
@Check('city_event_capacity_chk', `"capacity" BETWEEN 1 AND 10000`)
@Check('city_event_place_chk', `CASE WHEN "online" THEN "online_url" IS NOT NULL ELSE "venue_name" IS NOT NULL AND "venue_address" IS NOT NULL END`)
@Check('city_event_published_chk', `"status" NOT IN ('published', 'finished') OR "published_at" IS NOT NULL`)
@Check('city_event_cancelled_chk', `("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)`)
// The public list: published events by start.
@Index('city_event_published_starts_idx', ['startsAt'], { where: `status = 'published'` })
@Index('city_event_kind_starts_idx', ['kind', 'startsAt'])
export class CityEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: EventKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  /** 主催 as shown, e.g. 朝霞市 産業振興課. */
  @Column({ type: 'text' })
  organizer!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  /** Online events carry a link (shown only to people holding a seat); others a venue. */
  @Column({ type: 'boolean' })
  online!: boolean;

  @Column({ type: 'text', nullable: true })
  venueName!: string | null;

  @Column({ type: 'text', nullable: true })
  venueAddress!: string | null;

  @Column({ type: 'text', nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'timestamptz' })
  registrationOpensAt!: Date;

  @Column({ type: 'timestamptz' })
  registrationClosesAt!: Date;

  /** Seminars: which of 経営・財務・人材育成・販路開拓 they cover, for the founding pathway. */
  @Column({ type: 'text', array: true })
  areas!: FoundingArea[];

  @Column({ type: 'text' })
  status!: EventStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
