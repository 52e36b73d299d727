import { defineErrors } from '@asaka/platform';

export const FoundingReportErrors = defineErrors({
  FOUNDING_REPORT_PENDING: {
    status: 409,
    ja: '確認待ちの開業報告がすでにあります。内容を直す場合は、その報告を修正してください。',
    en: 'You already have a founding report waiting for review. To change it, edit that report.',
  },
  INVALID_TRANSITION: {
    status: 409,
    ja: 'この開業報告は今この操作ができません（確認済み、または確認待ちではありません）。',
    en: 'This founding report cannot be changed so now (it was confirmed, or it is not waiting for review).',
  },
});
