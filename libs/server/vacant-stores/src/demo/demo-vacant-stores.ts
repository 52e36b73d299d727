import type { EntityManager } from 'typeorm';
import { STATION_POSITIONS, vacantStoreExpiry } from '@asaka/domain';
import type { LatLng } from '@asaka/domain';
import type { VacantStoreStation, VacantStoreStatus, VacantStoreUse } from '@asaka/domain';
import { ListingValues, VacantStoresRepository } from '../vacant-stores.repository';
import { addDemoPhotos } from './demo-photos';

type DemoStore = [
  title: string,
  district: string,
  streetAddress: string,
  station: VacantStoreStation,
  walkMinutes: number,
  area: number,
  floor: string,
  rent: number,
  common: number,
  previousUse: string | null,
  fixturesRemain: boolean,
  uses: VacantStoreUse[],
  description: string,
  status: VacantStoreStatus,
];

// Around 朝霞・朝霞台・北朝霞: realistic sizes and rents, several statuses, one ｶﾅ/全角 mix to show folding.
const STORES: DemoStore[] = [
  ['朝霞駅南口 駅前の路面店', '本町二丁目', '3-12 朝霞ロードビル1F', '朝霞', 2, 42.5, '1F', 220_000, 15_000, 'カフェ', true, ['飲食', '物販'], '朝霞駅南口から徒歩2分、人通りの多い駅前の路面店です。元カフェの居抜きで厨房設備が残っています。', 'published'],
  ['本町通り 元ベーカリー 居抜き', '本町一丁目', '5-8', '朝霞', 5, 33.06, '1F', 150_000, 8_000, 'パン屋', true, ['飲食', '物販'], 'オーブン用の200V電源あり。朝の通勤客が多い通りです。', 'published'],
  ['朝霞駅前 2階の小さな事務所', '本町二丁目', '1-4 駅前第二ビル2F', '朝霞', 1, 24.8, '2F', 98_000, 6_000, '学習塾', false, ['事務所', '教室'], '駅前の2階。教室や士業の事務所に向いています。エレベーターなし。', 'published'],
  ['仲町 商店街の角地 物販向き', '仲町一丁目', '2-15', '朝霞', 7, 55.2, '1F', 180_000, 0, '衣料品店', false, ['物販', 'サービス'], '商店街の角地で二面が道路に面しています。ショーウィンドウあり。', 'published'],
  ['幸町 住宅街の小さな店舗', '幸町二丁目', '8-3', '朝霞', 12, 18.5, '1F', 65_000, 3_000, null, false, ['物販', 'サービス', 'その他'], '住宅街の中の小さな店舗。テイクアウトや教室にも。駐車場1台分あり。', 'published'],
  ['朝霞駅北口 ｶﾌｪ向き １Ｆ路面', '本町二丁目', '7-1', '朝霞', 3, 38.0, '1F', 190_000, 10_000, '雑貨店', false, ['飲食', '物販'], '明るい路面店舗、１Ｆ。ｶﾌｪ・雑貨店向き。軽飲食可。', 'published'],
  ['栄町 ロードサイド店舗 駐車場付き', '栄町三丁目', '11-20', '朝霞', 15, 120.0, '1F', 350_000, 0, 'ドラッグストア', false, ['物販', 'サービス', '事務所'], '幹線道路沿い、駐車場6台。広い売場が取れます。', 'published'],
  ['朝霞台駅前 飲食可 1階路面', '東弁財一丁目', '4-2 朝霞台スクエア1F', '朝霞台', 1, 48.3, '1F', 280_000, 20_000, '居酒屋', true, ['飲食'], '朝霞台駅・北朝霞駅の乗換動線に面した飲食向き物件。重飲食可、排気ダクトあり。', 'published'],
  ['朝霞台 駅前通り サロン向き', '東弁財一丁目', '9-6 2F', '朝霞台', 3, 30.1, '2F', 120_000, 8_000, '美容室', true, ['サービス'], 'シャンプー台の給排水が残っています。美容室・ネイルサロン向き。', 'published'],
  ['西弁財 住宅街の教室向き店舗', '西弁財一丁目', '14-7', '朝霞台', 9, 40.0, '1F', 110_000, 5_000, 'そろばん教室', false, ['教室', '事務所', 'サービス'], '静かな住宅街。子ども向け教室やリハビリ施設に。', 'published'],
  ['朝霞台 高架下の小さな店', '東弁財一丁目', '2-1', '朝霞台', 2, 16.4, '1F', 85_000, 5_000, 'たこ焼き店', true, ['飲食', '物販'], 'テイクアウト向きの小さな区画。駅前で人通りが多いです。', 'published'],
  ['三原 商店街 元クリーニング店', '三原二丁目', '6-11', '朝霞台', 11, 27.0, '1F', 90_000, 0, 'クリーニング取次', false, ['物販', 'サービス', 'その他'], '商店街の中ほど。地域密着の店舗に向いています。', 'published'],
  ['北朝霞駅前 ビル3階 事務所', '浜崎一丁目', '2-3 北朝霞ビル3F', '北朝霞', 1, 65.0, '3F', 200_000, 18_000, '事務所', false, ['事務所', '教室'], 'エレベーター付き。駅前で来客に便利な事務所区画です。', 'published'],
  ['北朝霞 駅前 飲食店居抜き', '浜崎一丁目', '1-9', '北朝霞', 2, 52.7, '1F', 260_000, 15_000, 'ラーメン店', true, ['飲食'], '厨房・カウンター・客席がそのまま使えます。グリストラップあり。', 'published'],
  ['溝沼 住宅街のテイクアウト店舗', '溝沼三丁目', '5-22', '北朝霞', 14, 21.0, '1F', 70_000, 0, '弁当店', true, ['飲食', '物販'], '住宅街の中の小さな厨房付き店舗。弁当・惣菜向き。', 'published'],
  ['浜崎 通り沿い 物販・サービス', '浜崎二丁目', '18-4', '北朝霞', 6, 36.4, '1F', 130_000, 7_000, '携帯電話販売', false, ['物販', 'サービス'], '通り沿いの視認性が高い店舗。間口5.5m。', 'published'],
  ['根岸台 地域の小さな店舗', '根岸台三丁目', '2-8', '朝霞', 18, 25.0, '1F', 60_000, 0, '八百屋', false, ['物販', '飲食', 'その他'], '地域の買い物の拠点になる小さな店舗。駐車場2台。', 'published'],
  ['志木駅東口 駅近の飲食店舗', '北原一丁目', '1-1', '志木', 4, 45.0, 'B1', 210_000, 12_000, 'バー', true, ['飲食'], '志木駅から徒歩4分、地下1階の落ち着いた飲食店舗。', 'published'],
  ['和光市駅寄り 事務所・教室', '本町三丁目', '3-5 2F', '和光市', 15, 58.0, '2F', 140_000, 10_000, '英会話教室', false, ['教室', '事務所'], '間仕切りのある教室向き区画。', 'published'],
  ['新座駅方面 ロードサイド', '膝折町二丁目', '20-1', '新座', 20, 90.0, '1F', 240_000, 0, '自動車用品店', false, ['物販', 'サービス', '事務所'], '幹線道路沿い、駐車場10台。', 'published'],
  ['仲町 古民家風の店舗', '仲町二丁目', '10-3', '朝霞', 10, 62.0, '1F', 160_000, 0, '和菓子店', false, ['飲食', '物販', '教室'], '古民家風の落ち着いた店舗。ギャラリーやカフェにも。', 'submitted'],
  ['朝霞台 2階 ヨガ教室向き', '東弁財二丁目', '3-3 2F', '朝霞台', 5, 70.0, '2F', 150_000, 10_000, 'ダンス教室', false, ['教室', 'サービス'], '床はフローリング、鏡あり。', 'submitted'],
  ['北朝霞 駅近 小さな物販店', '浜崎一丁目', '7-7', '北朝霞', 3, 19.8, '1F', 95_000, 5_000, '花屋', true, ['物販'], '給水・シンクあり。花屋・雑貨店向き。', 'submitted'],
  ['本町 商店街 元薬局', '本町一丁目', '12-1', '朝霞', 6, 44.0, '1F', 140_000, 8_000, '薬局', false, ['物販', 'サービス', '事務所'], '商店街の中。調剤室の間仕切りが残っています。', 'submitted'],
  ['溝沼 倉庫付き店舗（作成中）', '溝沼一丁目', '4-4', '朝霞', 16, 80.0, '1F', 120_000, 0, '工務店', false, ['事務所', 'その他'], '倉庫付き。写真と詳しい設備は追って登録します。', 'draft'],
  ['幸町 2階 事務所（作成中）', '幸町一丁目', '2-2 2F', '朝霞', 8, 28.0, '2F', 75_000, 4_000, null, false, ['事務所'], '', 'draft'],
  ['栄町 元スナック', '栄町一丁目', '5-5', '朝霞', 9, 26.0, '1F', 100_000, 5_000, 'スナック', true, ['飲食'], '居抜きのカウンターあり。', 'rejected'],
  ['宮戸 倉庫兼店舗', '宮戸二丁目', '9-9', '朝霞台', 25, 100.0, '1F', 130_000, 0, '倉庫', false, ['事務所', 'その他'], '倉庫兼店舗。', 'rejected'],
  ['朝霞台 駅前 元書店（取り下げ）', '東弁財一丁目', '1-1', '朝霞台', 2, 75.0, '1F', 300_000, 25_000, '書店', false, ['物販'], '募集を取り下げました。', 'withdrawn'],
  ['北朝霞 元そば店（成約済み）', '浜崎二丁目', '3-2', '北朝霞', 4, 35.0, '1F', 160_000, 8_000, 'そば店', true, ['飲食'], 'この物件は成約しました。', 'let'],
];

/**
 * A plausible map position: the walk from the station at 80 m a minute (as 不動産広告 count it),
 * in a direction that turns by the golden angle from one listing to the next so pins spread out.
 */
function demoPosition(station: VacantStoreStation, walkMinutes: number, index: number): LatLng {
  const origin = STATION_POSITIONS[station]!;
  const metres = Math.max(walkMinutes, 1) * 80 * 0.8;
  const bearing = (index * 137.5 * Math.PI) / 180;
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return {
    latitude: round(origin.latitude + (metres * Math.cos(bearing)) / 111_320),
    longitude: round(origin.longitude + (metres * Math.sin(bearing)) / (111_320 * Math.cos((origin.latitude * Math.PI) / 180))),
  };
}

const REJECTION_REASON = '用途の制限（営業時間・騒音）と共益費の内訳を記載してください。修正後に再申請をお願いします。';

/**
 * Demo listings of the demo organization (みつばち雑貨店, owned by owner@demo.asaka.localhost) for
 * local runs; idempotent: a listing whose title the organization already has is left as it is.
 * Published dates are spread over the last months so that "newest" has an order.
 */
export async function seedDemoVacantStores(manager: EntityManager): Promise<void> {
  const [organization] = (await manager.query(
    `SELECT o.id FROM organization o JOIN organization_member m ON m.organization_id = o.id AND m.role = 'owner'
     JOIN user_account u ON u.id = m.user_id
     WHERE o.name = 'みつばち雑貨店' AND u.email_normalized = 'owner@demo.asaka.localhost'`,
  )) as { id: string }[];
  if (!organization) return;
  const repository = new VacantStoresRepository(manager.connection);
  const existing = new Set(
    ((await manager.query(`SELECT title FROM vacant_store WHERE organization_id = $1`, [organization.id])) as { title: string }[]).map((row) => row.title),
  );
  const now = Date.now();
  const day = 24 * 60 * 60 * 1000;
  for (const [index, store] of STORES.entries()) {
    const [title, district, streetAddress, station, walkMinutes, area, floor, rent, common, previousUse, fixturesRemain, uses, description, status] = store;
    const listing: ListingValues = {
      title: title.normalize('NFKC'),
      district,
      streetAddress,
      ...demoPosition(station, walkMinutes, index),
      station,
      walkMinutes,
      floorAreaSquareMetres: area,
      floor,
      monthlyRentYen: rent,
      commonChargesYen: common,
      depositYen: rent * 6,
      keyMoneyYen: index % 3 === 0 ? rent : 0,
      contractType: index % 4 === 0 ? '定期借家' : '普通借家',
      previousUse,
      fixturesRemain,
      allowedUses: uses,
      restrictions: uses.includes('飲食') ? '重飲食は要相談。営業は23時まで。' : null,
      availableFrom: new Date(now + (index % 5) * 30 * day).toISOString().slice(0, 10),
      description: description.normalize('NFKC'),
      declarations: { noOrganizedCrimeTies: status !== 'draft', noCityTaxArrears: status !== 'draft' },
    };
    if (existing.has(listing.title)) continue;
    const id = await repository.insert(manager, { organizationId: organization.id, ownerConsent: null, listing });
    await addDemoPhotos(manager, id, index, uses, fixturesRemain);
    if (status === 'draft') continue;
    const submittedAt = new Date(now - (STORES.length - index) * 3 * day);
    const publishedAt = new Date(submittedAt.getTime() + 2 * day);
    const published = status === 'published' || status === 'let';
    await repository.changeStatus(manager, id, {
      status,
      submittedAt,
      rejectionReason: status === 'rejected' ? REJECTION_REASON : null,
      ...(published ? { publishedAt, expiresAt: vacantStoreExpiry(publishedAt) } : {}),
    });
  }
}
