import { ApiError, unexpectedResponseCode, type ApiErrorBody, type QueryParams } from './client';
import { saveFile } from '../ui/download';

/** The name the API gives the file (founding-pathway-1a2b3c4d.csv), else the fallback. */
export function fileNameFrom(contentDisposition: string | null, fallback: string): string {
  const match = contentDisposition ? /filename="?([^";]+)"?/i.exec(contentDisposition) : null;
  return match?.[1] ?? fallback;
}

/**
 * Fetches a CSV of the API (UTF-8 with BOM, for Excel) and saves it under the name the API gives.
 * Fetched first, not linked: a refusal (the session ended, say) is then shown on the page instead
 * of being saved as the file. The API client only reads JSON, so this GET goes through fetch itself.
 */
export async function downloadCsv(path: string, { query, language, fallbackName }: { query?: QueryParams; language: string; fallbackName: string }): Promise<string> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null) params.append(name, String(value));
  const search = params.toString();
  const response = await fetch(`/api${path}${search ? `?${search}` : ''}`, {
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
  const fileName = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  saveFile(await response.blob(), fileName);
  return fileName;
}
