import { ApiError, unexpectedResponseCode, type ApiErrorBody } from '../../../api/client';
import { saveFile } from '../../../ui/download';

/** The name the API gives the file (attendance-2026-12-05-1a2b3c4d.csv), else one of our own. */
export function fileNameFrom(contentDisposition: string | null, fallback: string): string {
  const match = contentDisposition ? /filename="?([^";]+)"?/i.exec(contentDisposition) : null;
  return match?.[1] ?? fallback;
}

/**
 * Fetches the attendance list as CSV (UTF-8 with BOM, for Excel) and saves it. Fetched first, not
 * linked: a refusal (the session ended, say) is then shown on the page instead of being saved
 * as the file. The API client only reads JSON, so this one GET goes through fetch itself.
 */
export async function downloadAttendanceCsv(eventId: string, language: string): Promise<string> {
  const response = await fetch(`/api/events/${encodeURIComponent(eventId)}/attendance.csv`, {
    method: 'GET',
    headers: { Accept: 'text/csv', 'Accept-Language': language },
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null;
    throw new ApiError(
      typeof body?.message === 'string' && typeof body.code === 'string'
        ? { statusCode: response.status, code: body.code, message: body.message }
        : { statusCode: response.status, code: unexpectedResponseCode, message: `${response.status} ${response.statusText}`.trim() },
    );
  }
  const fileName = fileNameFrom(response.headers.get('Content-Disposition'), `attendance-${eventId.slice(0, 8)}.csv`);
  saveFile(await response.blob(), fileName);
  return fileName;
}
