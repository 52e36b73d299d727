import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A photo of a vacant-store listing, as served: re-encoded by the server (see listing-photo-image.ts)
 * so it carries no metadata (no EXIF, no GPS position of the camera). Kept in the database beside
 * its listing, at most 10 per listing, so a backup of the database is a backup of the photos.
 * `position` orders a listing's photos from 0; the first is the cover.
 */
@Entity('vacant_store_photo')
@Index('vacant_store_photo_position_uq', ['vacantStoreId', 'position'], { unique: true })
@Check('vacant_store_photo_position_chk', `"position" >= 0`)
@Check('vacant_store_photo_caption_chk', `char_length("caption") BETWEEN 1 AND 100`)
export class VacantStorePhoto {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  vacantStoreId!: string;

  @ManyToOne('VacantStore', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacant_store_id', foreignKeyConstraintName: 'FK_vacant_store_photo_vacant_store' })
  vacantStore?: unknown;

  @Column({ type: 'integer' })
  position!: number;

  /** Alternative text: what the photo shows. */
  @Column({ type: 'text' })
  caption!: string;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'integer' })
  width!: number;

  @Column({ type: 'integer' })
  height!: number;

  @Column({ type: 'integer' })
  byteSize!: number;

  /** The photo, at most 1600 px on the longer side. */
  @Column({ type: 'bytea' })
  data!: Buffer;

  /** A JPEG of at most 480 px on the longer side, for lists. */
  @Column({ type: 'bytea' })
  thumbnail!: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
