import { formatCheckInCode, japanDateKey, toJapanDateParts } from '@asaka/domain';
import type { EventRegistrationStatus } from '@asaka/domain';
import type { RegistrationRecord } from '../event-registrations.repository';
import type { EventRecord } from '../events.repository';

/** Excel reads a UTF-8 file as UTF-8 only with the byte-order mark, and expects CRLF line ends. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

export const ATTENDANCE_CSV_HEADER = ['No.', '氏名', 'メールアドレス', '状態', 'キャンセル待ち順', '受付コード', '申込日時（日本時間）', '出席', '受付時刻（日本時間）'];

const STATUS_LABELS: Record<EventRegistrationStatus, string> = { registered: '参加確定', waitlisted: 'キャンセル待ち', cancelled: '取消' };

/**
 * One field: quoted when it holds a quote, comma or line break; and a leading = + - @ (or tab)
 * is defused with an apostrophe, so a display name cannot run as a formula in Excel.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** 2026/12/05 14:03: Japan time in the form Excel takes for a date and time. */
function excelTime(instant: Date | null): string {
  if (!instant) return '';
  const p = toJapanDateParts(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}/${pad(p.month)}/${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The attendance list: people holding a seat, then the waiting list in its order. */
export function attendanceCsv(rows: readonly RegistrationRecord[]): string {
  const lines = [ATTENDANCE_CSV_HEADER.map(csvField).join(',')];
  rows.forEach((row, index) => {
    lines.push(
      [
        index + 1,
        row.person.displayName,
        row.person.email,
        STATUS_LABELS[row.status],
        row.waitlistPosition,
        formatCheckInCode(row.checkInCode),
        excelTime(row.createdAt),
        row.attendedAt ? '出席' : '',
        excelTime(row.attendedAt),
      ]
        .map(csvField)
        .join(','),
    );
  });
  return BOM + lines.join(CRLF) + CRLF;
}

/** attendance-2026-12-05-<first 8 of the id>.csv: ASCII, so every browser keeps the name. */
export function attendanceCsvFilename(event: Pick<EventRecord, 'id' | 'startsAt'>): string {
  return `attendance-${japanDateKey(event.startsAt)}-${event.id.slice(0, 8)}.csv`;
}
