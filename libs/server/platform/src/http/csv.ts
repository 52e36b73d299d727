import type { FastifyReply } from 'fastify';
import { toJapanDateParts } from '@asaka/domain';

/**
 * CSV that Excel opens correctly, for every export of the platform (attendance lists, the
 * founding pathway's session dates, the KPI sheet): UTF-8 with the byte-order mark (without it
 * Excel reads Japanese as Shift_JIS), CRLF line ends, and fields that cannot run as formulas.
 */
const BOM = '\uFEFF';
const CRLF = '\r\n';

export type CsvValue = string | number | null;

/**
 * One field: quoted when it holds a quote, comma or line break; and a leading = + - @ (or tab)
 * is defused with an apostrophe, so a display name cannot run as a formula in Excel.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: the mark, the header row, then one line per row, every line ending in CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026/12/05 14:03: Japan time in the form Excel takes for a date and time. */
export function excelDateTime(instant: Date | null): string {
  if (!instant) return '';
  const p = toJapanDateParts(instant);
  return `${p.year}/${pad(p.month)}/${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** 2026/12/05: the date in Japan, as Excel takes it. */
export function excelDate(instant: Date | null): string {
  if (!instant) return '';
  const p = toJapanDateParts(instant);
  return `${p.year}/${pad(p.month)}/${pad(p.day)}`;
}

/**
 * Sends a CSV file as a download. Called only once the body exists, so an error before it still
 * goes out as the usual JSON. `filename` must be ASCII, so every browser keeps it.
 */
export function sendCsv(reply: FastifyReply, filename: string, body: string): void {
  void reply
    .status(200)
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(body);
}
