import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { EncodedImage } from './listing-photo-image';

/** A photo without its bytes. */
export interface PhotoRecord {
  id: string;
  position: number;
  caption: string;
  width: number;
  height: number;
}

export type PhotoVariant = 'photo' | 'thumbnail';

/**
 * The first photo of each listing, in one query for a page of listings (an index lookup on
 * (vacant_store_id, position) per listing). Listings without photos are absent from the map.
 */
export async function coverPhotoIds(manager: EntityManager, storeIds: readonly string[]): Promise<Map<string, string>> {
  if (storeIds.length === 0) return new Map();
  const rows = (await manager.query(
    `SELECT p.vacant_store_id, p.id FROM vacant_store_photo p WHERE p.vacant_store_id = ANY($1::uuid[]) AND p.position = 0`,
    [storeIds],
  )) as { vacant_store_id: string; id: string }[];
  return new Map(rows.map((row) => [row.vacant_store_id, row.id]));
}

/** The only code that reads or writes the vacant_store_photo table (besides `coverPhotoIds`). */
@Injectable()
export class VacantStorePhotosRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A listing's photos in order, without their bytes. */
  async list(manager: EntityManager | null, storeId: string): Promise<PhotoRecord[]> {
    return (await (manager ?? this.dataSource.manager).query(
      `SELECT id, position, caption, width, height FROM vacant_store_photo WHERE vacant_store_id = $1 ORDER BY position`,
      [storeId],
    )) as PhotoRecord[];
  }

  /** Adds a photo after the listing's last one; the caller holds the listing's lock. */
  async insert(manager: EntityManager, storeId: string, values: { position: number; caption: string; photo: EncodedImage; thumbnail: Buffer }): Promise<PhotoRecord> {
    const { photo } = values;
    const [row] = (await manager.query(
      `INSERT INTO vacant_store_photo (vacant_store_id, position, caption, content_type, width, height, byte_size, data, thumbnail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING id, position, caption, width, height`,
      [storeId, values.position, values.caption, photo.contentType, photo.width, photo.height, photo.data.length, photo.data, values.thumbnail],
    )) as PhotoRecord[];
    if (!row) throw new Error('vacant_store_photo insert returned no row');
    return row;
  }

  /** The bytes of one photo of this listing, or null. */
  async image(storeId: string, photoId: string, variant: PhotoVariant): Promise<{ data: Buffer; contentType: string } | null> {
    const column = variant === 'thumbnail' ? `thumbnail AS data, 'image/jpeg' AS content_type` : 'data, content_type';
    const [row] = (await this.dataSource.query(`SELECT ${column} FROM vacant_store_photo WHERE id = $1 AND vacant_store_id = $2`, [photoId, storeId])) as {
      data: Buffer;
      content_type: string;
    }[];
    return row ? { data: row.data, contentType: row.content_type } : null;
  }

  async delete(manager: EntityManager, storeId: string, photoId: string): Promise<boolean> {
    const [, count] = (await manager.query(`DELETE FROM vacant_store_photo WHERE id = $1 AND vacant_store_id = $2`, [photoId, storeId])) as [unknown, number];
    return count > 0;
  }

  /**
   * Gives the listing's photos the positions 0, 1, … in the order of `photoIds` (every photo of
   * the listing, once). Two steps, because the unique (vacant_store_id, position) index is checked
   * row by row: first every photo moves out of the way, then each takes its place.
   */
  async renumber(manager: EntityManager, storeId: string, photoIds: readonly string[]): Promise<void> {
    await manager.query(`UPDATE vacant_store_photo SET position = position + 1000 WHERE vacant_store_id = $1`, [storeId]);
    await manager.query(
      `UPDATE vacant_store_photo p SET position = o.ordinality - 1
       FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ordinality)
       WHERE p.id = o.id AND p.vacant_store_id = $1`,
      [storeId, photoIds],
    );
  }
}
