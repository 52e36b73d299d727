import { defineErrors } from '@asaka/platform';

export const EventErrors = defineErrors({
  INVALID_TRANSITION: {
    status: 409,
    ja: 'このイベントの現在の状態では、その操作はできません。',
    en: 'This event cannot make that move in its current status.',
  },
  EVENT_NOT_EDITABLE: {
    status: 409,
    ja: '中止または終了したイベントは編集できません。',
    en: 'A cancelled or finished event cannot be edited.',
  },
  REGISTRATION_NOT_OPEN_YET: {
    status: 409,
    ja: 'このイベントの申込受付はまだ始まっていません。',
    en: 'Registration for this event has not opened yet.',
  },
  REGISTRATION_CLOSED: {
    status: 409,
    ja: 'このイベントの申込受付は終了しました。',
    en: 'Registration for this event is closed.',
  },
  ALREADY_REGISTERED: {
    status: 409,
    ja: 'このイベントにはすでに申し込んでいます（キャンセル待ちを含みます）。',
    en: 'You are already registered for this event (or on its waiting list).',
  },
  REGISTRATION_ALREADY_CANCELLED: {
    status: 409,
    ja: 'この申込はすでに取り消されています。',
    en: 'This registration has already been cancelled.',
  },
  EVENT_ALREADY_STARTED: {
    status: 409,
    ja: 'イベントが始まったため、申込を取り消せません。',
    en: 'The event has begun: the registration can no longer be cancelled.',
  },
  ALREADY_ATTENDED: {
    status: 409,
    ja: '受付済み（出席済み）の申込は取り消せません。',
    en: 'A registration already checked in cannot be cancelled.',
  },
  CHECK_IN_CODE_NOT_FOUND: {
    status: 404,
    ja: 'この受付コードの申込は、このイベントにはありません。コードを確かめてください。',
    en: 'No registration for this event has this check-in code. Please check the code.',
  },
  CHECK_IN_NOT_OPEN: {
    status: 409,
    ja: '受付はイベント当日から行えます。',
    en: 'Check-in opens on the day of the event.',
  },
  EVENT_NOT_HELD: {
    status: 409,
    ja: '公開されていない、または中止されたイベントでは受付できません。',
    en: 'Check-in is only possible for an event that is published or was held.',
  },
  NOT_HOLDING_A_SEAT: {
    status: 409,
    ja: 'この方は参加確定ではありません（キャンセル待ちまたは取消済み）。',
    en: 'This person does not hold a seat (waiting list or cancelled).',
  },
});
