import { defineErrors } from '@asaka/platform';

export const ConsultationRecordErrors = defineErrors({
  INVALID_TRANSITION: {
    status: 409,
    ja: 'この相談は今この状態にできません（開始前、取消済み、または記録が書かれた後です）。',
    en: 'This consultation cannot be marked so now (it has not begun, was cancelled, or its record is written).',
  },
  SESSION_NOT_HELD: {
    status: 409,
    ja: '相談記録は「実施」とした相談にだけ書けます。',
    en: 'A record can only be written for a consultation marked as held.',
  },
  RECORD_NOT_WRITTEN: {
    status: 404,
    ja: 'この相談の記録はまだ書かれていません。',
    en: 'No record has been written for this consultation yet.',
  },
});
