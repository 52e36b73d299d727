import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isVacantStoreEditable, isVacantStorePublic, VACANT_STORE_MAX_PHOTOS } from '@asaka/domain';
import { vacantStorePhotoUploadFieldsSchema } from '@asaka/contracts';
import type { VacantStorePhoto, VacantStorePhotoList } from '@asaka/contracts';
import { AuditService, CommonErrors } from '@asaka/platform';
import type { Principal, Upload } from '@asaka/platform';
import { ZodValidationException } from 'nestjs-zod';
import { VacantStoreErrors } from '../vacant-stores.errors';
import { StoreRecord, VacantStoresRepository } from '../vacant-stores.repository';
import { actorsFor } from '../vacant-stores.service';
import { prepareListingPhoto } from './listing-photo-image';
import { photoView } from './photo-view';
import { PhotoVariant, VacantStorePhotosRepository } from './vacant-store-photos.repository';
import { VacantStorePhotoErrors } from './vacant-store-photos.errors';

/** An image answer: the bytes, and whether anyone may see them (so they may be cached publicly). */
export interface PhotoImage {
  data: Buffer;
  contentType: string;
  isPublic: boolean;
}

/**
 * Photos of a listing. They follow the listing: the owner side adds, removes and orders them
 * while the listing may be edited (a draft or a rejected one), and they are seen by whoever may
 * see the listing. Staff acting for an owner (a listing registered at the counter) are audited.
 */
@Injectable()
export class VacantStorePhotosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stores: VacantStoresRepository,
    private readonly photos: VacantStorePhotosRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Whether the caller may add a photo now, asked before the upload is read: someone who may not
   * is answered at once, without receiving their file. `add` checks again under the lock.
   */
  async assertCanAdd(principal: Principal, storeId: string): Promise<void> {
    await this.editableStore(null, principal, storeId);
    if ((await this.photos.list(null, storeId)).length >= VACANT_STORE_MAX_PHOTOS) throw VacantStorePhotoErrors.TOO_MANY_PHOTOS();
  }

  /** Checks the caption and the file (by content), re-encodes the image, and adds it last. */
  async add(principal: Principal, storeId: string, upload: Upload): Promise<VacantStorePhoto> {
    const fields = vacantStorePhotoUploadFieldsSchema.safeParse(upload.fields);
    if (!fields.success) throw new ZodValidationException(fields.error);
    const { photo, thumbnail } = await prepareListingPhoto(upload.file.data);
    const added = await this.dataSource.transaction(async (manager) => {
      const record = await this.editableStore(manager, principal, storeId, { lock: true });
      const existing = await this.photos.list(manager, storeId);
      if (existing.length >= VACANT_STORE_MAX_PHOTOS) throw VacantStorePhotoErrors.TOO_MANY_PHOTOS();
      const row = await this.photos.insert(manager, storeId, { position: existing.length, caption: fields.data.caption, photo, thumbnail: thumbnail.data });
      await this.auditOnBehalf(manager, principal, record, 'vacant-store.photo-added-on-behalf', { photoId: row.id, caption: row.caption });
      return row;
    });
    return photoView(storeId, added);
  }

  /** Removes a photo; the others keep their order. */
  async remove(principal: Principal, storeId: string, photoId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const record = await this.editableStore(manager, principal, storeId, { lock: true });
      if (!(await this.photos.delete(manager, storeId, photoId))) throw CommonErrors.NOT_FOUND();
      const remaining = await this.photos.list(manager, storeId);
      await this.photos.renumber(manager, storeId, remaining.map((p) => p.id));
      await this.auditOnBehalf(manager, principal, record, 'vacant-store.photo-deleted-on-behalf', { photoId });
    });
  }

  /** Puts the photos in the given order, which must name each of them once (409 otherwise). */
  async reorder(principal: Principal, storeId: string, photoIds: readonly string[]): Promise<VacantStorePhotoList> {
    const photos = await this.dataSource.transaction(async (manager) => {
      const record = await this.editableStore(manager, principal, storeId, { lock: true });
      const current = await this.photos.list(manager, storeId);
      const known = new Set(current.map((p) => p.id));
      if (photoIds.length !== current.length || !photoIds.every((id) => known.has(id))) {
        throw VacantStorePhotoErrors.PHOTO_ORDER_MISMATCH({ photoIds: current.map((p) => p.id) });
      }
      await this.photos.renumber(manager, storeId, photoIds);
      await this.auditOnBehalf(manager, principal, record, 'vacant-store.photos-reordered-on-behalf', { photoIds });
      return this.photos.list(manager, storeId);
    });
    return { photos: photos.map((p) => photoView(storeId, p)) };
  }

  /**
   * The bytes of a photo, to whoever may see the listing: anyone while it is published, otherwise
   * the owner side and staff. Everyone else gets 404. (Staff reading the listing itself is what
   * the audit log records; the images it shows are not logged one by one.)
   */
  async image(principal: Principal | null, storeId: string, photoId: string, variant: PhotoVariant): Promise<PhotoImage> {
    const record = await this.stores.find(null, storeId, principal?.userId ?? null);
    if (!record) throw CommonErrors.NOT_FOUND();
    const isPublic = isVacantStorePublic(record.status, record.expiresAt);
    if (!isPublic && actorsFor(record, principal).length === 0) throw CommonErrors.NOT_FOUND();
    const image = await this.photos.image(storeId, photoId, variant);
    if (!image) throw CommonErrors.NOT_FOUND();
    return { ...image, isPublic };
  }

  /** The same rules as editing the listing (PATCH): 404 to those who cannot see it, 403 to staff who only moderate it, 409 once under review. */
  private async editableStore(manager: EntityManager | null, principal: Principal, storeId: string, options: { lock?: boolean } = {}): Promise<StoreRecord> {
    const record = await this.stores.find(manager, storeId, principal.userId, options);
    const actors = record ? actorsFor(record, principal) : [];
    if (!record || actors.length === 0) throw CommonErrors.NOT_FOUND();
    if (!actors.includes('owner')) throw CommonErrors.FORBIDDEN();
    if (!isVacantStoreEditable(record.status)) throw VacantStoreErrors.NOT_EDITABLE();
    return record;
  }

  /** Staff acting for the owner of a listing registered at the counter leave a trace, as for edits. */
  private async auditOnBehalf(manager: EntityManager, principal: Principal, record: StoreRecord, action: string, newValue: unknown): Promise<void> {
    if (record.myRole !== null) return;
    await this.audit.record(manager, principal, { action, targetType: 'vacant-store', targetId: record.id, newValue });
  }
}
