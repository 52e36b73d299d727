import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { StoreInquirySide } from '@asaka/domain';

/**
 * One message of an inquiry's thread. `senderSide` keeps which party wrote it even when the writer
 * later leaves the organization; the sender's email address is never shown to the other party.
 */
@Entity('store_inquiry_message')
@Check('store_inquiry_message_side_chk', `"sender_side" IN ('seeker', 'owner')`)
@Check('store_inquiry_message_body_chk', `char_length("body") BETWEEN 1 AND 4000`)
@Index('store_inquiry_message_thread_idx', ['inquiryId', 'createdAt'])
@Index('store_inquiry_message_sender_idx', ['senderUserId'])
export class StoreInquiryMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  inquiryId!: string;

  @ManyToOne('StoreInquiry', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'FK_store_inquiry_message_inquiry' })
  inquiry?: unknown;

  @Column({ type: 'uuid' })
  senderUserId!: string;

  @ManyToOne('UserAccount', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sender_user_id', foreignKeyConstraintName: 'FK_store_inquiry_message_sender' })
  sender?: unknown;

  @Column({ type: 'text' })
  senderSide!: StoreInquirySide;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
