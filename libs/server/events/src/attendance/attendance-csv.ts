import { formatCheckInCode, japanDateKey } from '@asaka/domain';
import type { EventRegistrationStatus } from '@asaka/domain';
import { csvDocument, excelDateTime } from '@asaka/platform';
import type { RegistrationRecord } from '../event-registrations.repository';
import type { EventRecord } from '../events.repository';

export const ATTENDANCE_CSV_HEADER = ['No.', '氏名', 'メールアドレス', '状態', 'キャンセル待ち順', '受付コード', '申込日時（日本時間）', '出席', '受付時刻（日本時間）'];

const STATUS_LABELS: Record<EventRegistrationStatus, string> = { registered: '参加確定', waitlisted: 'キャンセル待ち', cancelled: '取消' };

/** The attendance list: people holding a seat, then the waiting list in its order. */
export function attendanceCsv(rows: readonly RegistrationRecord[]): string {
  return csvDocument(
    ATTENDANCE_CSV_HEADER,
    rows.map((row, index) => [
      index + 1,
      row.person.displayName,
      row.person.email,
      STATUS_LABELS[row.status],
      row.waitlistPosition,
      formatCheckInCode(row.checkInCode),
      excelDateTime(row.createdAt),
      row.attendedAt ? '出席' : '',
      excelDateTime(row.attendedAt),
    ]),
  );
}

/** attendance-2026-12-05-<first 8 of the id>.csv: ASCII, so every browser keeps the name. */
export function attendanceCsvFilename(event: Pick<EventRecord, 'id' | 'startsAt'>): string {
  return `attendance-${japanDateKey(event.startsAt)}-${event.id.slice(0, 8)}.csv`;
}
