import type { StoreInquiry, StoreInquiryMessage, StoreMatch } from '@asaka/contracts';

/** Inquiries, messages and matches as the API answers them, for the pages' tests; override what a test is about. */

export const inquiryId = '7a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';

export function inquiryFixture(overrides: Partial<StoreInquiry> = {}): StoreInquiry {
  return {
    id: inquiryId,
    vacantStoreId: '3d7c2a10-8b1e-4f5a-9c3d-1e2f3a4b5c6d',
    storeTitle: '朝霞台駅前 飲食可 1階路面',
    storeStatus: 'published',
    plannedBusiness: '自家焙煎のカフェ',
    status: 'open',
    closedReason: null,
    mySide: 'seeker',
    otherPartyName: 'みつばち雑貨店',
    letAt: null,
    seekerConfirmedAt: null,
    seekerDisputedAt: null,
    matchConfirmedAt: null,
    closedAt: null,
    lastMessageAt: '2025-06-02T10:15:00+09:00',
    createdAt: '2025-06-02T10:00:00+09:00',
    actions: ['close'],
    canPostMessage: true,
    ...overrides,
  };
}

export function messageFixture(overrides: Partial<StoreInquiryMessage> = {}): StoreInquiryMessage {
  return {
    id: 'b0000000-0000-4000-8000-000000000001',
    side: 'seeker',
    senderName: '朝霞 花子',
    mine: true,
    body: '内見をお願いできますか。',
    createdAt: '2025-06-02T10:00:00+09:00',
    ...overrides,
  };
}

export function matchFixture(overrides: Partial<StoreMatch> = {}): StoreMatch {
  return {
    vacantStoreId: '3d7c2a10-8b1e-4f5a-9c3d-1e2f3a4b5c6d',
    storeTitle: '朝霞台駅前 飲食可 1階路面',
    storeStatus: 'let',
    organizationName: 'みつばち雑貨店',
    inquiryId,
    seekerName: '朝霞 花子',
    plannedBusiness: '自家焙煎のカフェ',
    status: 'seeker-confirmed',
    letAt: '2025-06-10T09:00:00+09:00',
    seekerConfirmedAt: '2025-06-11T18:30:00+09:00',
    seekerDisputedAt: null,
    matchConfirmedAt: null,
    fiscalYear: null,
    canConfirm: true,
    ...overrides,
  };
}

export const pageOf = <T>(items: T[], total = items.length, page = 1, pageSize = 20) => ({ items, total, page, pageSize });
