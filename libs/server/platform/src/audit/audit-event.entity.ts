import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a staff member or admin did (who, when, what, old and new values), and every staff read of
 * another person's personal data. Never holds a password, token or session id.
 */
@Entity('audit_event')
@Index('audit_event_at_idx', ['at'])
@Index('audit_event_actor_idx', ['actorUserId', 'at'])
@Index('audit_event_target_idx', ['targetType', 'targetId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  targetType!: string;

  @Column({ type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  oldValue!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  newValue!: unknown;

  @Column({ type: 'text', nullable: true })
  ipAddress!: string | null;
}
