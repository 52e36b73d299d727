import type { FastifyMultipartBaseOptions } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, CommonErrors, defineErrors } from './app-error';

/** The largest file any upload route takes; a route may ask for less (`readUpload`'s maxBytes). */
export const UPLOAD_MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * @fastify/multipart as the API registers it: one file per request, a few short fields, and a
 * file over the limit is an error (413) rather than silently truncated. The JSON body limit is
 * separate and unchanged: multipart bodies are streamed by the route that reads them.
 */
export const MULTIPART_OPTIONS: FastifyMultipartBaseOptions = {
  throwFileSizeLimit: true,
  limits: { fileSize: UPLOAD_MAX_FILE_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 4 * 1024, fieldNameSize: 100, headerPairs: 50 },
};

export const UploadErrors = defineErrors({
  MULTIPART_REQUIRED: {
    status: 400,
    ja: 'ファイルは multipart/form-data 形式で送信してください。',
    en: 'Send the file as multipart/form-data.',
  },
  FILE_REQUIRED: { status: 400, ja: 'ファイルが選択されていません。', en: 'No file was sent.' },
  TOO_MANY_FILES: { status: 400, ja: '一度に送れるファイルは1つです。', en: 'Send one file at a time.' },
  MALFORMED_UPLOAD: {
    status: 400,
    ja: '送信されたデータを読み取れませんでした。もう一度お試しください。',
    en: 'The upload could not be read. Please try again.',
  },
});

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

/** 413 FILE_TOO_LARGE, saying the limit in both languages. */
export function fileTooLarge(maxBytes: number): AppError {
  const mb = megabytes(maxBytes);
  return new AppError(
    'FILE_TOO_LARGE',
    413,
    { ja: `ファイルが大きすぎます。1ファイル${mb}MBまでです。`, en: `The file is too large: at most ${mb} MB per file.` },
    { maxBytes },
  );
}

/**
 * What @fastify/multipart throws, as our errors; null for anything else. Also used by the error
 * filter so that a multipart error escaping a route is never a 500.
 */
export function uploadErrorFor(error: unknown, maxBytes = UPLOAD_MAX_FILE_BYTES): AppError | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return fileTooLarge(maxBytes);
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return UploadErrors.MULTIPART_REQUIRED();
    case 'FST_FILES_LIMIT':
      return UploadErrors.TOO_MANY_FILES();
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_JSON_FIELD_ERROR':
    case 'FST_MP_PREMATURE_CLOSE':
      return UploadErrors.MALFORMED_UPLOAD();
    default:
      return null;
  }
}

export interface Upload {
  /** The bytes as sent. The name and the declared type are the sender's claims: check the content. */
  file: { data: Buffer; filename: string; declaredType: string };
  /** The text fields sent with it. */
  fields: Record<string, string>;
}

/**
 * Reads a multipart request holding one file in `fileField` and a few text fields, whatever their
 * order. Every failure is an AppError: not multipart or no file (400), a second file (400), a
 * file over `maxBytes` (413 FILE_TOO_LARGE), a field over the field size (400 VALIDATION_FAILED).
 */
export async function readUpload(request: FastifyRequest, options: { fileField: string; maxBytes?: number }): Promise<Upload> {
  const maxBytes = Math.min(options.maxBytes ?? UPLOAD_MAX_FILE_BYTES, UPLOAD_MAX_FILE_BYTES);
  if (!request.isMultipart()) throw UploadErrors.MULTIPART_REQUIRED();
  let file: Upload['file'] | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes } })) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === options.fileField) file = { data, filename: part.filename, declaredType: part.mimetype };
        continue;
      }
      if (part.valueTruncated) {
        throw CommonErrors.VALIDATION_FAILED([{ path: part.fieldname, code: 'too_big', message: 'too long / 長すぎます' }]);
      }
      fields[part.fieldname] = String(part.value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // busboy's own parse errors ("Unexpected end of form", a missing boundary) carry no code.
    throw uploadErrorFor(error, maxBytes) ?? UploadErrors.MALFORMED_UPLOAD();
  }
  if (!file) throw UploadErrors.FILE_REQUIRED();
  return { file, fields };
}
