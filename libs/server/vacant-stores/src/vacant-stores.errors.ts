import { defineErrors } from '@asaka/platform';

export const VacantStoreErrors = defineErrors({
  INVALID_TRANSITION: {
    status: 409,
    ja: 'この物件の現在の状態では、その操作はできません。',
    en: 'This listing cannot make that move in its current status.',
  },
  NOT_EDITABLE: {
    status: 409,
    ja: '審査中または公開中の物件は編集できません。取り下げてから編集してください。',
    en: 'A listing under review or published cannot be edited. Withdraw it first.',
  },
  DECLARATIONS_REQUIRED: {
    status: 409,
    ja: '審査に出すには、反社会的勢力でないこと・市税の滞納がないことの申告が必要です。',
    en: 'To submit, declare that you have no ties to organised crime and no city-tax arrears.',
  },
  OWNER_CONSENT_REQUIRED: {
    status: 400,
    ja: '所有者に代わって登録するときは、所有者の同意（方法）を記録してください。',
    en: 'Registering on the owner’s behalf requires recording the owner’s consent.',
  },
});
