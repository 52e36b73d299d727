import type { VacantStore, VacantStoreSummary } from '@asaka/contracts';

/** Listings as the API answers them, for the pages' tests; override what a test is about. */

export const organizationId = '5f0c1c52-3c1a-4b8e-9d47-2a6e1b0e7c10';

export function summaryFixture(overrides: Partial<VacantStoreSummary> = {}): VacantStoreSummary {
  return {
    id: '3d7c2a10-8b1e-4f5a-9c3d-1e2f3a4b5c6d',
    organizationId,
    organizationName: 'みつばち雑貨店',
    title: '朝霞台駅前 飲食可 1階路面',
    district: '東弁財一丁目',
    latitude: 35.8141,
    longitude: 139.5879,
    distanceKm: null,
    station: '朝霞台',
    walkMinutes: 1,
    floorAreaSquareMetres: 48.3,
    floorAreaTsubo: 14.6,
    floor: '1F',
    monthlyRentYen: 280_000,
    commonChargesYen: 20_000,
    monthlyTotalYen: 300_000,
    contractType: '普通借家',
    fixturesRemain: true,
    allowedUses: ['飲食'],
    availableFrom: '2026-04-01',
    status: 'published',
    rejectionReason: null,
    submittedAt: '2025-05-01T10:00:00+09:00',
    publishedAt: '2025-05-03T10:00:00+09:00',
    expiresAt: '2028-05-03T10:00:00+09:00',
    updatedAt: '2025-05-03T10:00:00+09:00',
    coverPhotoUrl: null,
    ...overrides,
  };
}

export function storeFixture(overrides: Partial<VacantStore> = {}): VacantStore {
  return {
    ...summaryFixture(),
    streetAddress: '4-2 朝霞台スクエア1F',
    depositYen: 1_680_000,
    keyMoneyYen: 280_000,
    previousUse: '居酒屋',
    restrictions: '重飲食は要相談。営業は23時まで。',
    description: '朝霞台駅・北朝霞駅の乗換動線に面した飲食向き物件。\n排気ダクトあり。',
    declarations: { noOrganizedCrimeTies: true, noCityTaxArrears: true },
    registeredOnBehalf: false,
    photos: [],
    createdAt: '2025-04-20T10:00:00+09:00',
    actions: [],
    ...overrides,
  };
}

export const storePage = (items: VacantStoreSummary[], total = items.length, page = 1) => ({ items, total, page, pageSize: 20 });
