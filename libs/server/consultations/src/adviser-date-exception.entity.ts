import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Adviser } from './adviser.entity';

/**
 * One date that differs from the weekly hours: closed (no windows) or open exactly at these
 * windows, also on a public holiday. Windows are `[{ start: 'HH:MM', end: 'HH:MM' }]`.
 */
@Entity('adviser_date_exception')
export class AdviserDateException {
  @PrimaryColumn({ type: 'uuid' })
  adviserId!: string;

  @ManyToOne('Adviser', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adviser_id', foreignKeyConstraintName: 'FK_adviser_date_exception_adviser' })
  adviser?: Adviser;

  @PrimaryColumn({ type: 'date' })
  date!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  windows!: { start: string; end: string }[];

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
