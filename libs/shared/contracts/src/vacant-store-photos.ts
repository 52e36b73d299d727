import { z } from 'zod';
import { VACANT_STORE_MAX_PHOTOS } from '@asaka/domain';

/**
 * The image types a listing photo may be sent as (checked by the file's content, not its name),
 * for the file picker's `accept`. Whatever is sent is stored re-encoded as JPEG without metadata.
 */
export const VACANT_STORE_PHOTO_ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const;

/** Alternative text for the photo (what it shows), read out by screen readers. */
export const VACANT_STORE_PHOTO_CAPTION_MAX_LENGTH = 100;

/** Where a listing photo is served; relative, on the API's own origin. */
export function vacantStorePhotoUrl(storeId: string, photoId: string): string {
  return `/api/vacant-stores/${storeId}/photos/${photoId}`;
}

/** The small version for lists and cards (at most 480 px on the longer side). */
export function vacantStorePhotoThumbnailUrl(storeId: string, photoId: string): string {
  return `${vacantStorePhotoUrl(storeId, photoId)}/thumbnail`;
}

export const vacantStorePhotoSchema = z.object({
  id: z.uuid(),
  url: z.string().describe('The photo (at most 1600 px on the longer side), e.g. /api/vacant-stores/{id}/photos/{photoId}'),
  thumbnailUrl: z.string().describe('A small version (at most 480 px on the longer side) for lists'),
  caption: z.string().describe('Alternative text: what the photo shows'),
  width: z.int().describe('Pixels of the photo at `url`'),
  height: z.int(),
});
export type VacantStorePhoto = z.infer<typeof vacantStorePhotoSchema>;

/** The text fields sent with the file (multipart/form-data, the file in `file`). */
export const vacantStorePhotoUploadFieldsSchema = z.strictObject({
  caption: z.string().trim().min(1).max(VACANT_STORE_PHOTO_CAPTION_MAX_LENGTH).describe('Alternative text: what the photo shows, e.g. 外観（南口側から）'),
});
export type VacantStorePhotoUploadFields = z.infer<typeof vacantStorePhotoUploadFieldsSchema>;

export const vacantStorePhotoOrderSchema = z.strictObject({
  photoIds: z
    .array(z.uuid())
    .max(VACANT_STORE_MAX_PHOTOS)
    .refine((ids) => new Set(ids).size === ids.length, { message: '同じ写真は一度だけ並べられます / each photo at most once' })
    .describe('Every photo of the listing, in the new order; the first is the cover'),
});
export type VacantStorePhotoOrder = z.infer<typeof vacantStorePhotoOrderSchema>;

export const vacantStorePhotoListSchema = z.object({ photos: z.array(vacantStorePhotoSchema).describe('In order; the first is the cover') });
export type VacantStorePhotoList = z.infer<typeof vacantStorePhotoListSchema>;
