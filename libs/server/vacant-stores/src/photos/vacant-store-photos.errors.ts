import { defineErrors } from '@asaka/platform';

/** Too large a file (413 FILE_TOO_LARGE) is the platform's, see readUpload. */
export const VacantStorePhotoErrors = defineErrors({
  TOO_MANY_PHOTOS: {
    status: 409,
    ja: '写真は1物件につき10枚までです。追加するには、先にほかの写真を削除してください。',
    en: 'A listing has at most 10 photos. Delete one before adding another.',
  },
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    ja: 'この形式のファイルは登録できません。JPEG・PNG・WebP・AVIF の画像を選んでください。',
    en: 'This kind of file cannot be added. Choose a JPEG, PNG, WebP or AVIF image.',
  },
  IMAGE_TOO_LARGE: {
    status: 413,
    ja: '画像の画素数が大きすぎます（1億画素まで）。縮小してから登録してください。',
    en: 'The image has too many pixels (at most 100 megapixels). Scale it down first.',
  },
  IMAGE_UNREADABLE: {
    status: 422,
    ja: '画像を読み取れませんでした。ファイルが壊れていないか確認してください。',
    en: 'The image could not be read. Check that the file is not damaged.',
  },
  PHOTO_ORDER_MISMATCH: {
    status: 409,
    ja: '写真の一覧が変わっています。ページを再読み込みしてから並べ替えてください。',
    en: 'The photos have changed. Reload the page and reorder them again.',
  },
});
