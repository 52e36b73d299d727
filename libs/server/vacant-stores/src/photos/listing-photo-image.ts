import sharp from 'sharp';
import { VacantStorePhotoErrors } from './vacant-store-photos.errors';

/** The photo as served: at most this many pixels on the longer side (sharp enough for a detail page). */
export const LISTING_PHOTO_MAX_EDGE = 1600;
/** The version for lists and cards. */
export const LISTING_THUMBNAIL_MAX_EDGE = 480;
/**
 * A decoded image larger than this is refused before it is decoded (a "decompression bomb" is a
 * small file that claims to be huge). 100 megapixels still takes a 108 MP phone photo.
 */
export const LISTING_PHOTO_MAX_INPUT_PIXELS = 100_000_000;

export type AcceptedImageType = 'jpeg' | 'png' | 'webp' | 'avif';

const ascii = (bytes: Buffer, start: number, end: number) => bytes.toString('latin1', start, end);

/**
 * The image type the bytes begin with, or null: the file's name and the type the browser declared
 * are not looked at. Only these four are handed to a decoder at all (no SVG, TIFF, GIF, PDF, HEIC).
 */
export function sniffImageType(bytes: Buffer): AcceptedImageType | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  // ISO-BMFF: [size]["ftyp"][major brand][minor version][compatible brands…]; AVIF names "avif" or "avis".
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const boxSize = Math.min(bytes.readUInt32BE(0), bytes.length, 64);
    const brands = [ascii(bytes, 8, 12)];
    for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
    if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
  }
  return null;
}

export interface EncodedImage {
  data: Buffer;
  contentType: 'image/jpeg';
  width: number;
  height: number;
}

const jpeg = (image: sharp.Sharp, maxEdge: number, quality: number) =>
  image
    .resize(maxEdge, maxEdge, { fit: 'inside', withoutEnlargement: true })
    // A transparent PNG or WebP gets a white background rather than JPEG's black.
    .flatten({ background: '#ffffff' })
    .jpeg({ quality, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });

/**
 * Checks that the bytes are a JPEG, PNG, WebP or AVIF image by their content, then re-encodes them:
 * turned upright by the EXIF orientation, scaled to fit 1600 × 1600 (never enlarged), as JPEG.
 * sharp writes no metadata unless asked to, so EXIF (camera, time, GPS position), XMP, IPTC and
 * comments of the original are dropped. Also returns a 480 px thumbnail.
 *
 * Refuses: anything else (415 UNSUPPORTED_FILE_TYPE), an image of over 100 megapixels
 * (413 IMAGE_TOO_LARGE), an image that cannot be decoded (422 IMAGE_UNREADABLE).
 */
export async function prepareListingPhoto(bytes: Buffer): Promise<{ photo: EncodedImage; thumbnail: EncodedImage }> {
  const sniffed = sniffImageType(bytes);
  if (!sniffed) throw VacantStorePhotoErrors.UNSUPPORTED_FILE_TYPE();
  // 'truncated': a cut-off file is refused; a harmless warning from a camera's encoder is not.
  const input = () => sharp(bytes, { limitInputPixels: LISTING_PHOTO_MAX_INPUT_PIXELS, failOn: 'truncated' });
  let metadata: sharp.Metadata;
  try {
    metadata = await input().metadata();
  } catch (error) {
    throw imageError(error);
  }
  // The decoder must agree with the signature: an AVIF-branded file that is HEVC inside is a HEIC.
  const agrees = sniffed === 'avif' ? metadata.format === 'heif' && metadata.compression === 'av1' : metadata.format === sniffed;
  if (!agrees) throw VacantStorePhotoErrors.UNSUPPORTED_FILE_TYPE();
  try {
    const photo = await jpeg(input().autoOrient(), LISTING_PHOTO_MAX_EDGE, 82);
    const thumbnail = await jpeg(sharp(photo.data), LISTING_THUMBNAIL_MAX_EDGE, 76);
    return { photo: encoded(photo), thumbnail: encoded(thumbnail) };
  } catch (error) {
    throw imageError(error);
  }
}

function encoded(result: { data: Buffer; info: sharp.OutputInfo }): EncodedImage {
  return { data: result.data, contentType: 'image/jpeg', width: result.info.width, height: result.info.height };
}

function imageError(error: unknown) {
  const message = error instanceof Error ? error.message : '';
  if (/pixel limit/i.test(message)) return VacantStorePhotoErrors.IMAGE_TOO_LARGE({ maxPixels: LISTING_PHOTO_MAX_INPUT_PIXELS });
  if (/unsupported image format/i.test(message)) return VacantStorePhotoErrors.UNSUPPORTED_FILE_TYPE();
  return VacantStorePhotoErrors.IMAGE_UNREADABLE();
}
