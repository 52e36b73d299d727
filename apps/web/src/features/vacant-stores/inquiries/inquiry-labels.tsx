import type { StoreInquiry } from '@asaka/contracts';
import type { StoreInquiryStatus } from '@asaka/domain';
import type { QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n';
import { formatJapanDateTime } from '../../../ui/japan-time';

/** Where a thread lives; the mails link to the same address. */
export const inquiryPath = (id: string) => `/inquiries/${encodeURIComponent(id)}`;
export const myInquiriesPath = '/inquiries';

/** 「2025年6月2日 10:00:05（日本時間）」: a moment of a conversation, with its zone said. */
export function formatInquiryTime(t: TFunction, iso: string, language: Language): string {
  return t('vacantStores.inquiries.at', { at: formatJapanDateTime(iso, language) });
}

/** The inquiry's status as a badge: in words first, the colour only repeats it. */
export function InquiryStatusBadge({ status }: { status: StoreInquiryStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--inquiry-${status}`}>{t(`vacantStores.inquiries.statuses.${status}`)}</span>;
}

/** The seeker has to say whether the owner's let is so: worth a cue in their list. */
export function awaitsMyAnswer(inquiry: Pick<StoreInquiry, 'actions' | 'status'>): boolean {
  return inquiry.status === 'let' && inquiry.actions.includes('confirm-let');
}

/**
 * Every cached answer about inquiries (the lists, a thread and its messages, a store's inquiries)
 * and listings: a move of either changes what the other shows.
 */
export function forgetInquiries(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      if (query.queryKey[0] !== 'api') return false;
      const path = String(query.queryKey[1]);
      return path.startsWith('/inquiries') || path.startsWith('/vacant-stores');
    },
  });
}
