import { z } from 'zod';
import { defineLinkEmail } from '@asaka/notifications';

const longDate = (date: string, locale: 'ja' | 'en') => {
  const [year, month, day] = date.split('-').map(Number);
  return locale === 'ja' ? `${year}年${month}月${day}日` : new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', { timeZone: 'UTC', dateStyle: 'long' });
};

/**
 * To the person, when staff decided on their founding report: confirmed (it now counts as a
 * founding with the city's support), or turned down with the reason, to correct and resubmit.
 */
export const foundingReportDecidedEmail = defineLinkEmail({
  name: 'founding-report-decided',
  schema: z.object({
    recipientName: z.string(),
    businessName: z.string(),
    foundedOn: z.iso.date(),
    decision: z.enum(['confirmed', 'rejected']),
    reason: z.string().nullable(),
    url: z.url(),
  }),
  copy: {
    ja: {
      subject: (d) => `【朝霞市 起業家支援】開業のご報告を${d.decision === 'confirmed' ? '確認しました' : '確認できませんでした'}`,
      lines: (d) => [
        `${d.recipientName} 様`,
        d.decision === 'confirmed'
          ? `「${d.businessName}」（開業日 ${longDate(d.foundedOn, 'ja')}）の開業のご報告を確認しました。ご開業おめでとうございます。今後の事業のご相談にも、引き続きご利用ください。`
          : `「${d.businessName}」の開業のご報告を、次の理由で確認できませんでした。内容を修正のうえ、もう一度お送りください。`,
        ...(d.decision === 'rejected' && d.reason ? [`理由：${d.reason}`] : []),
      ],
      action: '開業報告を開く',
    },
    en: {
      subject: (d) => `Asaka City startup support: your founding report was ${d.decision === 'confirmed' ? 'confirmed' : 'not accepted'}`,
      lines: (d) => [
        `Dear ${d.recipientName},`,
        d.decision === 'confirmed'
          ? `We have confirmed your report that “${d.businessName}” was founded on ${longDate(d.foundedOn, 'en')}. Congratulations, and you are welcome to keep consulting us as the business grows.`
          : `We could not accept your report that “${d.businessName}” was founded, for the reason below. Please correct it and send it again.`,
        ...(d.decision === 'rejected' && d.reason ? [`Reason: ${d.reason}`] : []),
      ],
      action: 'Open the founding report',
    },
  },
  preview: {
    recipientName: '膝折 創',
    businessName: 'ひざおり惣菜店',
    foundedOn: '2026-06-01',
    decision: 'rejected',
    reason: '開業届の控えの日付と、報告の開業日が違っています。',
    url: 'http://localhost:3000/founding-reports/00000000-0000-4000-8000-000000000000',
  },
});

/** The mails of the founding reports; registered by the consultations API and worker modules. */
export const foundingReportEmails = [foundingReportDecidedEmail];

/** The person's page of one report, where the mail leads. */
export function foundingReportPageUrl(baseUrl: string, reportId: string): string {
  return new URL(`/founding-reports/${reportId}`, baseUrl).toString();
}
