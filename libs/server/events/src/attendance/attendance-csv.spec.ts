import type { RegistrationRecord } from '../event-registrations.repository';
import { attendanceCsv, attendanceCsvFilename } from './attendance-csv';

const person = (displayName: string, email: string) => ({ userId: '00000000-0000-4000-8000-000000000001', email, locale: 'ja' as const, displayName });
const row = (overrides: Partial<RegistrationRecord>): RegistrationRecord => ({
  id: '00000000-0000-4000-8000-000000000010',
  eventId: '12345678-0000-4000-8000-000000000000',
  status: 'registered',
  queueNumber: 1,
  checkInCode: 'ABCD6789',
  confirmedAt: new Date('2026-11-20T01:00:00Z'),
  cancelledAt: null,
  cancelledBy: null,
  attendedAt: null,
  reminderKey: null,
  createdAt: new Date('2026-11-20T01:00:00Z'),
  waitlistPosition: null,
  person: person('膝折 創', 'hajime@example.jp'),
  ...overrides,
});

describe('the attendance list as CSV for Excel', () => {
  it('starts with the byte-order mark and the header row, and ends every line with CRLF', () => {
    const csv = attendanceCsv([row({}), row({ status: 'waitlisted', waitlistPosition: 1, person: person('朝霞 求', 'motomu@example.jp') })]);
    expect(csv.startsWith('\uFEFFNo.,氏名,メールアドレス,状態,キャンセル待ち順,受付コード,申込日時（日本時間）,出席,受付時刻（日本時間）\r\n')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFNo.,氏名,メールアドレス,状態,キャンセル待ち順,受付コード,申込日時（日本時間）,出席,受付時刻（日本時間）',
      '1,膝折 創,hajime@example.jp,参加確定,,ABCD-6789,2026/11/20 10:00,,',
      '2,朝霞 求,motomu@example.jp,キャンセル待ち,1,ABCD-6789,2026/11/20 10:00,,',
      '',
    ]);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('writes attendance in Japan time', () => {
    const csv = attendanceCsv([row({ attendedAt: new Date('2026-12-05T04:58:00Z') })]);
    expect(csv).toContain(',出席,2026/12/05 13:58\r\n');
  });

  it('defuses a display name Excel would run as a formula (the shared writer, libs/server/platform http/csv.ts)', () => {
    const csv = attendanceCsv([row({ person: person('=HYPERLINK("http://evil")', 'evil@example.jp') })]);
    expect(csv).toContain(`1,"'=HYPERLINK(""http://evil"")",evil@example.jp,`);
  });

  it('is named by the event’s date in Japan', () => {
    expect(attendanceCsvFilename({ id: '12345678-0000-4000-8000-000000000000', startsAt: new Date('2026-12-04T15:30:00Z') })).toBe('attendance-2026-12-05-12345678.csv');
  });
});
