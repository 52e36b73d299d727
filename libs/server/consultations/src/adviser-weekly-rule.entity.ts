import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Adviser } from './adviser.entity';

/** Opening hours that repeat every week (Japan time). */
@Entity('adviser_weekly_rule')
@Check('adviser_weekly_rule_chk', `"weekday" BETWEEN 0 AND 6 AND "start_time" < "end_time"`)
export class AdviserWeeklyRule {
  @PrimaryColumn({ type: 'uuid' })
  adviserId!: string;

  @ManyToOne('Adviser', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adviser_id', foreignKeyConstraintName: 'FK_adviser_weekly_rule_adviser' })
  adviser?: Adviser;

  /** 0 = Sunday … 6 = Saturday. */
  @PrimaryColumn({ type: 'smallint' })
  weekday!: number;

  @PrimaryColumn({ type: 'time' })
  startTime!: string;

  @Column({ type: 'time' })
  endTime!: string;
}
