import { VACANT_STORE_PHOTO_ACCEPTED_TYPES, VACANT_STORE_PHOTO_CAPTION_MAX_LENGTH } from '@asaka/contracts';
import { VACANT_STORE_PHOTO_MAX_BYTES } from '@asaka/domain';
import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/client';

/**
 * What the browser can tell about a chosen file before sending it: the type it claims (from the
 * name) and the size. This only saves a pointless upload; the server decides by the content, so a
 * file that passes here may still be refused, and the server's message is then shown as it is.
 */
export function photoFileProblem(t: TFunction, file: Pick<File, 'name' | 'type' | 'size'>): string | null {
  if (!VACANT_STORE_PHOTO_ACCEPTED_TYPES.some((type) => type === file.type)) return t('vacantStores.photos.problems.type', { name: file.name });
  if (file.size > VACANT_STORE_PHOTO_MAX_BYTES) {
    // Rounded up, so a file just over the limit never reads as 「10.0MB」.
    const size = (Math.ceil((file.size / (1024 * 1024)) * 10) / 10).toFixed(1);
    return t('vacantStores.photos.problems.size', { name: file.name, size });
  }
  return null;
}

export function captionProblem(t: TFunction, caption: string): string | null {
  const trimmed = caption.trim();
  if (trimmed === '') return t('vacantStores.photos.problems.noCaption');
  if (trimmed.length > VACANT_STORE_PHOTO_CAPTION_MAX_LENGTH) return t('vacantStores.photos.problems.captionTooLong', { max: VACANT_STORE_PHOTO_CAPTION_MAX_LENGTH });
  return null;
}

/** The server's refusals that are about the file itself, shown next to the file input. */
const fileCodes: ReadonlySet<string> = new Set(['FILE_TOO_LARGE', 'UNSUPPORTED_FILE_TYPE', 'IMAGE_TOO_LARGE', 'IMAGE_UNREADABLE', 'FILE_REQUIRED', 'MALFORMED_UPLOAD']);

/** Where a refused upload's message goes: beside the file, beside the caption, or for the whole form. */
export function uploadProblem(t: TFunction, error: unknown): { fields?: { file?: string; caption?: string }; general?: string } {
  if (!isApiError(error)) return { general: t('form.networkError') };
  if (fileCodes.has(error.code)) return { fields: { file: error.message } };
  return { general: error.message };
}
