import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { AppError } from '@asaka/platform';
import { prepareListingPhoto, sniffImageType } from './listing-photo-image';

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#c0392b' } });

async function refusal(bytes: Buffer): Promise<{ status: number; code: string }> {
  const error = await prepareListingPhoto(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { status: error.statusCode, code: error.code };
}

describe('listing photos: the file is judged by its content', () => {
  it('recognises JPEG, PNG, WebP and AVIF by their first bytes, whatever they are called', async () => {
    expect(sniffImageType(await solid(8, 8).jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImageType(await solid(8, 8).png().toBuffer())).toBe('png');
    expect(sniffImageType(await solid(8, 8).webp().toBuffer())).toBe('webp');
    expect(sniffImageType(await solid(8, 8).avif().toBuffer())).toBe('avif');
  });

  it('does not take text, a PDF, an SVG, a GIF or a TIFF for a photo', async () => {
    expect(sniffImageType(Buffer.from('これは写真ではありません。ただのテキストです。'))).toBeNull();
    expect(sniffImageType(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'))).toBeNull();
    expect(sniffImageType(await solid(8, 8).gif().toBuffer())).toBeNull();
    expect(sniffImageType(await solid(8, 8).tiff().toBuffer())).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
    expect(await refusal(Buffer.from('%PDF-1.7 not a photo at all'))).toEqual({ status: 415, code: 'UNSUPPORTED_FILE_TYPE' });
  });

  it('refuses a JPEG that is cut off, and a tiny file claiming to be enormous, without decoding it', async () => {
    const photo = await solid(800, 600).jpeg().toBuffer();
    expect(await refusal(photo.subarray(0, photo.length - 200))).toEqual({ status: 422, code: 'IMAGE_UNREADABLE' });
    // A small PNG whose header claims 20000 × 20000 pixels (400 megapixels).
    const bomb = Buffer.from(await solid(16, 16).png().toBuffer());
    bomb.writeUInt32BE(20_000, 16);
    bomb.writeUInt32BE(20_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
    expect(await refusal(bomb)).toEqual({ status: 413, code: 'IMAGE_TOO_LARGE' });
  });

  it('turns a photo upright, scales it to fit 1600 px, and keeps no EXIF or GPS', async () => {
    const original = await solid(4000, 3000)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: 'AsakaCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 47/1 51/1', GPSLongitudeRef: 'E', GPSLongitude: '139/1 35/1 37/1' } })
      .toBuffer();
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const { photo, thumbnail } = await prepareListingPhoto(original);
    const stored = await sharp(photo.data).metadata();
    expect({ format: stored.format, width: stored.width, height: stored.height }).toEqual({ format: 'jpeg', width: 1200, height: 1600 });
    expect({ exif: stored.exif, xmp: stored.xmp, iptc: stored.iptc, orientation: stored.orientation }).toEqual({ exif: undefined, xmp: undefined, iptc: undefined, orientation: undefined });
    expect(photo.data.includes(Buffer.from('AsakaCam'))).toBe(false);
    expect({ width: photo.width, height: photo.height, contentType: photo.contentType }).toEqual({ width: 1200, height: 1600, contentType: 'image/jpeg' });
    expect(Math.max(thumbnail.width, thumbnail.height)).toBe(480);
  });

  it('never enlarges a small picture, and puts a transparent one on white', async () => {
    const transparent = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const { photo } = await prepareListingPhoto(transparent);
    expect({ width: photo.width, height: photo.height }).toEqual({ width: 300, height: 200 });
    const { dominant } = await sharp(photo.data).stats();
    expect(dominant.r).toBeGreaterThan(240);
  });
});
