import type { TFunction } from 'i18next';
import { createI18n } from '../../../i18n/i18n';
import { eventDetailFixture } from '../testing/event-fixtures';
import { checkEventForm, emptyEventValues, eventChanges, eventValuesOf, timeOf, wholeNumberOf, type EventFormValues } from './event-form-values';

const t = createI18n().t as TFunction;
const now = new Date('2026-11-10T01:00:00Z'); // 10:00 in Japan

const filled = (overrides: Partial<EventFormValues> = {}): EventFormValues => ({
  ...emptyEventValues(),
  title: '創業塾 第2回',
  date: '2026-12-05',
  startTime: '14:00',
  endTime: '16:00',
  venueName: '朝霞市産業文化センター 研修室1',
  venueAddress: '朝霞市浜崎1-2-10',
  capacity: '30',
  areas: ['finance'],
  ...overrides,
});

describe('times as staff type them', () => {
  it.each([
    ['14:00', '14:00'],
    ['１４：００', '14:00'],
    ['9:30', '09:30'],
    ['1400', '14:00'],
    ['930', '09:30'],
    ['14時', '14:00'],
    ['14時30分', '14:30'],
    [' 14:00 ', '14:00'],
  ])('reads %s as %s', (typed, time) => {
    expect(timeOf(typed)).toBe(time);
  });

  it.each(['24:00', '14:60', '2pm', '14', ''])('refuses %p', (typed) => {
    expect(timeOf(typed)).toBeNull();
  });

  it('reads seats written with full-width digits or 人', () => {
    expect(wholeNumberOf('３０')).toBe(30);
    expect(wholeNumberOf('30人')).toBe(30);
    expect(wholeNumberOf('1,000')).toBe(1000);
    expect(wholeNumberOf('')).toBeUndefined();
    expect(wholeNumberOf('三十')).toBeNaN();
  });
});

describe('checking the event form', () => {
  it('builds the request in Japan time, registration open from now until the start when left empty', () => {
    const check = checkEventForm(t, filled({ startTime: '１４：００', capacity: '３０' }), now);

    expect(check).toEqual({
      ok: true,
      request: {
        kind: 'seminar',
        title: '創業塾 第2回',
        organizer: '朝霞市 産業振興課',
        description: '',
        startsAt: '2026-12-05T14:00:00+09:00',
        endsAt: '2026-12-05T16:00:00+09:00',
        place: { kind: 'venue', name: '朝霞市産業文化センター 研修室1', address: '朝霞市浜崎1-2-10' },
        capacity: 30,
        registrationOpensAt: '2026-11-10T10:00:00+09:00',
        registrationClosesAt: '2026-12-05T14:00:00+09:00',
        areas: ['finance'],
      },
    });
  });

  it('says what is missing, field by field, in the order of the form', () => {
    const check = checkEventForm(t, { ...emptyEventValues(), title: ' ' }, now);

    expect(check.ok).toBe(false);
    expect(check.ok ? null : check.problems).toEqual({
      title: 'イベント名を入力してください。',
      date: '開催日を入力してください。',
      startTime: '開始時刻を入力してください。',
      endTime: '終了時刻を入力してください。',
      venueName: '会場名を入力してください。',
      venueAddress: '会場の住所を入力してください。',
      capacity: '定員を入力してください。',
    });
  });

  it('refuses an end before the start, a wrong time, a link that is not https, and a deadline after the start', () => {
    expect(checkEventForm(t, filled({ endTime: '13:00' }), now)).toEqual({ ok: false, problems: { endTime: '終了は開始より後にしてください。' } });
    expect(checkEventForm(t, filled({ startTime: '2時半' }), now)).toEqual({ ok: false, problems: { startTime: '開始時刻は「14:00」のように入力してください。' } });
    expect(checkEventForm(t, filled({ placeKind: 'online', onlineUrl: 'http://meet.example.jp/x' }), now)).toEqual({
      ok: false,
      problems: { onlineUrl: '参加用のURLは https:// で始まる形で入力してください。' },
    });
    expect(checkEventForm(t, filled({ closesDate: '2026-12-06', closesTime: '10:00' }), now)).toEqual({
      ok: false,
      problems: { closesDate: '申込の締切は、イベントの開始時刻までにしてください。' },
    });
    expect(checkEventForm(t, filled({ closesDate: '2026-12-01' }), now)).toEqual({
      ok: false,
      problems: { closesTime: '申込の締切時刻も入力してください（日付と時刻は両方とも入力するか、両方とも空欄にしてください）。' },
    });
    expect(checkEventForm(t, filled({ capacity: '0' }), now)).toEqual({ ok: false, problems: { capacity: '定員は1から10,000までの数で入力してください。' } });
  });

  it('drops the areas of an event that is not a seminar', () => {
    const check = checkEventForm(t, filled({ kind: 'job-fair', areas: ['finance'] }), now);
    expect(check.ok && check.request.areas).toEqual([]);
  });
});

describe('correcting an event', () => {
  it('shows a saved event in the form, in Japan time, and sends only what changed', () => {
    const event = eventDetailFixture();
    const values = eventValuesOf(event);
    expect(values).toMatchObject({ date: '2026-12-05', startTime: '14:00', endTime: '16:30', endDate: '', opensDate: '2026-11-01', opensTime: '09:00', closesDate: '2026-12-04', closesTime: '17:00', capacity: '30' });

    const unchanged = checkEventForm(t, values, now);
    expect(unchanged.ok && eventChanges(event, unchanged.request)).toEqual({});

    const moved = checkEventForm(t, { ...values, startTime: '15:00', endTime: '17:00', capacity: '40' }, now);
    expect(moved.ok && eventChanges(event, moved.request)).toEqual({ startsAt: '2026-12-05T15:00:00+09:00', endsAt: '2026-12-05T17:00:00+09:00', capacity: 40 });
  });
});
