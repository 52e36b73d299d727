import { vacantStorePhotoThumbnailUrl, vacantStorePhotoUrl } from '@asaka/contracts';
import type { VacantStorePhoto } from '@asaka/contracts';
import type { PhotoRecord } from './vacant-store-photos.repository';

/** A photo as the API shows it: its URLs (relative, on the API's origin), its alt text and size. */
export function photoView(storeId: string, photo: PhotoRecord): VacantStorePhoto {
  return {
    id: photo.id,
    url: vacantStorePhotoUrl(storeId, photo.id),
    thumbnailUrl: vacantStorePhotoThumbnailUrl(storeId, photo.id),
    caption: photo.caption,
    width: photo.width,
    height: photo.height,
  };
}
