import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import sharp from 'sharp';
import type { CreateVacantStore, VacantStore, VacantStorePage, VacantStorePhoto, VacantStorePhotoList } from '@asaka/contracts';
import { PasswordHasher, seedDemoAccounts, seedDemoOrganization } from '@asaka/accounts';
import { ApiStack, HttpResult, HttpSession, startApiStack } from '@asaka/testing';
import { seedDemoVacantStores } from '@asaka/vacant-stores';
import { AppModule } from '../../../../../apps/api/src/app.module';

type Listing = Omit<CreateVacantStore, 'organizationId'>;

const listing: Listing = {
  title: '写真テスト 朝霞駅前の路面店',
  district: '本町二丁目',
  streetAddress: '3-12',
  station: '朝霞',
  walkMinutes: 3,
  floorAreaSquareMetres: 40,
  floor: '1F',
  monthlyRentYen: 150_000,
  contractType: '普通借家',
  allowedUses: ['飲食', '物販'],
  description: '写真つきの物件です。',
  declarations: { noOrganizedCrimeTies: true, noCityTaxArrears: true },
};

interface FilePart {
  data: Buffer;
  filename: string;
  type: string;
}

/** A multipart/form-data body as a browser sends it: text fields and at most one file. */
function formData(fields: Record<string, string>, file?: FilePart & { field?: string }): { body: Buffer; contentType: string } {
  const boundary = `----asaka${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    chunks.push(file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A camera photo: 3000 × 2000, held sideways (EXIF orientation 6), with the camera's model and a GPS position. */
async function cameraPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#d35400' } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'AsakaCam', Model: 'Shopfront 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 47/1 51/1', GPSLongitudeRef: 'E', GPSLongitude: '139/1 35/1 37/1' },
    })
    .toBuffer();
}

const smallJpeg = (colour: string) => sharp({ create: { width: 64, height: 48, channels: 3, background: colour } }).jpeg().toBuffer();

describe('vacant-store photos', () => {
  let stack: ApiStack;
  let app: NestFastifyApplication;
  let owner: HttpSession;
  let staff: HttpSession;
  let outsider: HttpSession;
  let organizationId: string;
  let counter = 0;

  beforeAll(async () => {
    stack = await startApiStack((config) => AppModule.forRoot(config));
    app = stack.app;
    owner = (await stack.signIn('photo-owner@example.jp')).browser;
    staff = (await stack.signIn('photo-reviewer@city.example.jp', ['staff'])).browser;
    outsider = (await stack.signIn('photo-outsider@example.jp')).browser;
    organizationId = (await owner.post('/api/organizations', { name: '写真の不動産', address: '朝霞市本町', industry: '不動産業', employeeCount: 2 })).json<{ id: string }>().id;
    await outsider.post('/api/organizations', { name: '別の会社', address: '朝霞市仲町', industry: '小売業', employeeCount: 1 });
  });

  afterAll(() => stack?.close());

  const anonymous = () => new HttpSession(app);

  async function draft(): Promise<VacantStore> {
    counter += 1;
    const response = await owner.post('/api/vacant-stores', { ...listing, title: `${listing.title} ${counter}`, organizationId });
    expect(response.statusCode).toBe(201);
    return response.json<VacantStore>();
  }

  async function publish(storeId: string): Promise<void> {
    expect((await owner.post(`/api/vacant-stores/${storeId}/submit`)).statusCode).toBe(200);
    expect((await staff.post(`/api/vacant-stores/${storeId}/publish`)).statusCode).toBe(200);
  }

  /** Sends a form as this browser does (session cookie and CSRF token), in Japanese. */
  async function send(session: HttpSession, storeId: string, form: { body: Buffer | string; contentType: string }): Promise<HttpResult> {
    const headers: Record<string, string> = { 'content-type': form.contentType, 'accept-language': 'ja' };
    if (session.cookies.size > 0) {
      headers['x-csrf-token'] = (await session.get('/api/auth/csrf')).json<{ token: string }>().token;
      headers.cookie = session.cookieHeader();
    }
    const response = await app.inject({ method: 'POST', url: `/api/vacant-stores/${storeId}/photos`, headers, payload: form.body });
    return { statusCode: response.statusCode, headers: response.headers, body: response.body, json: <T>() => response.json() as T };
  }

  const upload = (session: HttpSession, storeId: string, file: FilePart, caption = '外観（駅側から）') => send(session, storeId, formData({ caption }, file));

  async function added(storeId: string, colour = '#2980b9', caption = '店内'): Promise<VacantStorePhoto> {
    const response = await upload(owner, storeId, { data: await smallJpeg(colour), filename: 'photo.jpg', type: 'image/jpeg' }, caption);
    expect(response.statusCode).toBe(201);
    return response.json<VacantStorePhoto>();
  }

  const storedCount = async (storeId: string) =>
    ((await stack.sql.query(`SELECT count(*)::int AS n FROM vacant_store_photo WHERE vacant_store_id = $1`, [storeId])) as { n: number }[])[0]?.n;

  it('keeps the photo upright and scaled, but not the camera’s EXIF data or GPS position', async () => {
    const store = await draft();
    const original = await cameraPhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const response = await upload(owner, store.id, { data: original, filename: 'IMG_0001.JPG', type: 'image/jpeg' });
    expect(response.statusCode).toBe(201);
    const photo = response.json<VacantStorePhoto>();
    expect(photo).toEqual({
      id: expect.any(String),
      url: `/api/vacant-stores/${store.id}/photos/${photo.id}`,
      thumbnailUrl: `/api/vacant-stores/${store.id}/photos/${photo.id}/thumbnail`,
      caption: '外観（駅側から）',
      width: 1067,
      height: 1600,
    });

    const image = await app.inject({ method: 'GET', url: photo.url, headers: { cookie: owner.cookieHeader() } });
    expect(image.statusCode).toBe(200);
    expect(image.headers).toMatchObject({ 'content-type': 'image/jpeg', 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store', etag: expect.any(String) });
    // The security headers leave a same-origin <img> alone.
    expect(image.headers['cross-origin-resource-policy']).toBe('same-origin');
    const served = await sharp(image.rawPayload).metadata();
    expect({ format: served.format, width: served.width, height: served.height }).toEqual({ format: 'jpeg', width: 1067, height: 1600 });
    expect({ exif: served.exif, xmp: served.xmp, iptc: served.iptc }).toEqual({ exif: undefined, xmp: undefined, iptc: undefined });
    expect(image.rawPayload.includes(Buffer.from('AsakaCam'))).toBe(false);

    const thumbnail = await app.inject({ method: 'GET', url: photo.thumbnailUrl, headers: { cookie: owner.cookieHeader() } });
    const small = await sharp(thumbnail.rawPayload).metadata();
    expect({ width: small.width, height: small.height, exif: small.exif }).toEqual({ width: 320, height: 480, exif: undefined });

    const again = await app.inject({ method: 'GET', url: photo.url, headers: { cookie: owner.cookieHeader(), 'if-none-match': String(image.headers.etag) } });
    expect({ status: again.statusCode, bytes: again.rawPayload.length }).toEqual({ status: 304, bytes: 0 });
  });

  it('refuses a file over 10 MB with 413 FILE_TOO_LARGE and a message in Japanese, and stores nothing', async () => {
    const store = await draft();
    const huge = Buffer.concat([await smallJpeg('#000000'), randomBytes(11 * 1024 * 1024)]);
    const response = await upload(owner, store.id, { data: huge, filename: 'huge.jpg', type: 'image/jpeg' });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'FILE_TOO_LARGE', message: 'ファイルが大きすぎます。1ファイル10MBまでです。' });
    expect(await storedCount(store.id)).toBe(0);
  });

  it('refuses a text file or a PDF renamed photo.jpg with 415 UNSUPPORTED_FILE_TYPE naming the image types, and stores nothing', async () => {
    const store = await draft();
    for (const data of [Buffer.from('これは写真ではありません。'), Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF')]) {
      const response = await upload(owner, store.id, { data, filename: 'photo.jpg', type: 'image/jpeg' });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', message: expect.stringContaining('JPEG・PNG・WebP・AVIF') });
    }
    expect(await storedCount(store.id)).toBe(0);
  });

  it('says clearly what is wrong with a form that is not an upload, has no file or no caption', async () => {
    const store = await draft();
    const data = await smallJpeg('#27ae60');
    const notMultipart = await owner.post(`/api/vacant-stores/${store.id}/photos`, { caption: 'x' });
    expect({ status: notMultipart.statusCode, code: notMultipart.json().code }).toEqual({ status: 400, code: 'MULTIPART_REQUIRED' });
    const noFile = await send(owner, store.id, formData({ caption: '外観' }));
    expect({ status: noFile.statusCode, code: noFile.json().code }).toEqual({ status: 400, code: 'FILE_REQUIRED' });
    const wrongField = await send(owner, store.id, formData({ caption: '外観' }, { data, filename: 'a.jpg', type: 'image/jpeg', field: 'image' }));
    expect({ status: wrongField.statusCode, code: wrongField.json().code }).toEqual({ status: 400, code: 'FILE_REQUIRED' });
    const noCaption = await send(owner, store.id, formData({}, { data, filename: 'a.jpg', type: 'image/jpeg' }));
    expect({ status: noCaption.statusCode, code: noCaption.json().code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const longCaption = await send(owner, store.id, formData({ caption: 'あ'.repeat(101) }, { data, filename: 'a.jpg', type: 'image/jpeg' }));
    expect({ status: longCaption.statusCode, code: longCaption.json().code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await storedCount(store.id)).toBe(0);
  });

  it('takes 10 photos of a listing and refuses the 11th with 409 TOO_MANY_PHOTOS', async () => {
    const store = await draft();
    for (let i = 0; i < 10; i += 1) await added(store.id, `#${(i * 20 + 16).toString(16)}4060`, `写真 ${i + 1}`);
    const eleventh = await upload(owner, store.id, { data: await smallJpeg('#ffffff'), filename: 'eleven.jpg', type: 'image/jpeg' });
    expect(eleventh.statusCode).toBe(409);
    expect(eleventh.json()).toMatchObject({ code: 'TOO_MANY_PHOTOS' });
    expect(await storedCount(store.id)).toBe(10);
  });

  it('hides a draft’s photos from another organization’s member and from the public, and shows them once published', async () => {
    const store = await draft();
    const photo = await added(store.id);
    const data = await smallJpeg('#8e44ad');

    expect((await upload(outsider, store.id, { data, filename: 'x.jpg', type: 'image/jpeg' })).statusCode).toBe(404);
    expect((await outsider.get(photo.url)).statusCode).toBe(404);
    expect((await outsider.request('DELETE', photo.url)).statusCode).toBe(404);
    expect((await outsider.request('PUT', `/api/vacant-stores/${store.id}/photos/order`, { photoIds: [photo.id] })).statusCode).toBe(404);
    expect((await anonymous().get(photo.url)).statusCode).toBe(404);
    expect((await anonymous().get(photo.thumbnailUrl)).statusCode).toBe(404);
    // Staff may look (they review the listing) but the photos are the owner's to change.
    expect((await staff.get(photo.url)).statusCode).toBe(200);
    expect((await upload(staff, store.id, { data, filename: 'x.jpg', type: 'image/jpeg' })).statusCode).toBe(403);

    await publish(store.id);
    const image = await anonymous().get(photo.url);
    expect(image.statusCode).toBe(200);
    expect(image.headers).toMatchObject({ 'content-type': 'image/jpeg', 'cache-control': 'public, max-age=86400' });
    expect((await anonymous().get(`/api/vacant-stores/${store.id}/photos/${store.id}`)).statusCode).toBe(404);

    // Published listings are frozen, photos included.
    const late = await upload(owner, store.id, { data, filename: 'late.jpg', type: 'image/jpeg' });
    expect({ status: late.statusCode, code: late.json().code }).toEqual({ status: 409, code: 'NOT_EDITABLE' });
    expect((await owner.request('DELETE', photo.url)).json()).toMatchObject({ code: 'NOT_EDITABLE' });
  });

  it('lists the photos in order on the listing, puts the first in the search results, and keeps the order through deletion and reordering', async () => {
    const store = await draft();
    const [front, inside, back] = [await added(store.id, '#c0392b', '外観'), await added(store.id, '#16a085', '店内'), await added(store.id, '#7f8c8d', '裏口')];
    if (!front || !inside || !back) throw new Error('photos missing');
    expect((await owner.get(`/api/vacant-stores/${store.id}`)).json<VacantStore>()).toMatchObject({
      photos: [{ id: front.id, caption: '外観' }, { id: inside.id }, { id: back.id }],
      coverPhotoUrl: front.thumbnailUrl,
    });

    const reordered = await owner.request('PUT', `/api/vacant-stores/${store.id}/photos/order`, { photoIds: [back.id, front.id, inside.id] });
    expect(reordered.statusCode).toBe(200);
    expect(reordered.json<VacantStorePhotoList>().photos.map((p) => p.id)).toEqual([back.id, front.id, inside.id]);
    const incomplete = await owner.request('PUT', `/api/vacant-stores/${store.id}/photos/order`, { photoIds: [back.id, front.id] });
    expect({ status: incomplete.statusCode, code: incomplete.json().code }).toEqual({ status: 409, code: 'PHOTO_ORDER_MISMATCH' });
    expect((await owner.request('PUT', `/api/vacant-stores/${store.id}/photos/order`, { photoIds: [back.id, back.id, front.id] })).statusCode).toBe(400);

    expect((await owner.request('DELETE', back.url)).statusCode).toBe(204);
    expect((await owner.request('DELETE', back.url)).statusCode).toBe(404);
    expect((await owner.get(back.url)).statusCode).toBe(404);
    const positions = (await stack.sql.query(`SELECT id, position FROM vacant_store_photo WHERE vacant_store_id = $1 ORDER BY position`, [store.id])) as { id: string; position: number }[];
    expect(positions).toEqual([
      { id: front.id, position: 0 },
      { id: inside.id, position: 1 },
    ]);

    await publish(store.id);
    const view = (await anonymous().get(`/api/vacant-stores/${store.id}`)).json<VacantStore>();
    expect(view.photos.map((p) => p.caption)).toEqual(['外観', '店内']);
    const page = (await anonymous().get(`/api/vacant-stores?q=${encodeURIComponent('写真テスト')}&pageSize=100`)).json<VacantStorePage>();
    expect(page.items.find((s) => s.id === store.id)?.coverPhotoUrl).toBe(front.thumbnailUrl);
    const withoutPhotos = await draft();
    await publish(withoutPhotos.id);
    const again = (await anonymous().get(`/api/vacant-stores?q=${encodeURIComponent('写真テスト')}&pageSize=100`)).json<VacantStorePage>();
    expect(again.items.find((s) => s.id === withoutPhotos.id)?.coverPhotoUrl).toBeNull();
    const cover = await anonymous().get(String(again.items.find((s) => s.id === store.id)?.coverPhotoUrl));
    expect({ status: cover.statusCode, type: cover.headers['content-type'] }).toEqual({ status: 200, type: 'image/jpeg' });
  });

  it('gives every demo listing one to three drawn photos, shown in the public search', async () => {
    await stack.sql.transaction(async (manager) => {
      await seedDemoAccounts(manager, new PasswordHasher());
      await seedDemoOrganization(manager);
      await seedDemoVacantStores(manager);
    });
    const counts = (await stack.sql.query(
      `SELECT s.id, count(p.id)::int AS n FROM vacant_store s JOIN organization o ON o.id = s.organization_id
       LEFT JOIN vacant_store_photo p ON p.vacant_store_id = s.id WHERE o.name = 'みつばち雑貨店' GROUP BY s.id`,
    )) as { id: string; n: number }[];
    expect(counts.length).toBe(30);
    expect(counts.every((row) => row.n >= 1 && row.n <= 3)).toBe(true);
    const found = (await anonymous().get(`/api/vacant-stores?q=${encodeURIComponent('ラーメン')}`)).json<VacantStorePage>().items[0];
    const cover = await app.inject({ method: 'GET', url: String(found?.coverPhotoUrl) });
    const image = await sharp(cover.rawPayload).metadata();
    expect({ status: cover.statusCode, format: image.format, width: image.width, height: image.height }).toEqual({ status: 200, format: 'jpeg', width: 480, height: 360 });
  });

  it('records in the audit log the photos staff add for an owner whose listing they registered at the counter', async () => {
    const created = await staff.post('/api/vacant-stores', { ...listing, title: '窓口代理登録 写真', organizationId, ownerConsent: { method: 'signed-form' } });
    expect(created.statusCode).toBe(201);
    const store = created.json<VacantStore>();
    const response = await upload(staff, store.id, { data: await smallJpeg('#f39c12'), filename: 'front.png', type: 'image/png' }, '外観（窓口で預かった写真）');
    expect(response.statusCode).toBe(201);
    const photo = response.json<VacantStorePhoto>();
    expect((await staff.request('PUT', `/api/vacant-stores/${store.id}/photos/order`, { photoIds: [photo.id] })).statusCode).toBe(200);
    expect((await staff.request('DELETE', photo.url)).statusCode).toBe(204);
    const log = (await staff.get(`/api/admin/audit-log?targetId=${store.id}`)).json<{ items: { action: string }[] }>();
    expect(log.items.map((item) => item.action)).toEqual(
      expect.arrayContaining(['vacant-store.photo-added-on-behalf', 'vacant-store.photos-reordered-on-behalf', 'vacant-store.photo-deleted-on-behalf']),
    );
  });
});
