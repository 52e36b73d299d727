/** Japan has had no daylight saving time since 1951, so a fixed +09:00 offset is exact. */
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

export interface JapanDateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function toJapanDateParts(instant: Date): JapanDateParts {
  const shifted = new Date(instant.getTime() + JAPAN_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 in Japan time with its offset, the API's time format: `2025-06-02T10:00:00+09:00`. */
export function toJapanIso(instant: Date): string {
  const p = toJapanDateParts(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+09:00`;
}
