/**
 * Saves `data` as a pretty-printed JSON file through the browser's own download, as a link with
 * `download` would, but from data already fetched (so a failed request is shown on the page
 * instead of being saved as the file).
 */
export function saveJsonFile(data: unknown, fileName: string): void {
  saveFile(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }), fileName);
}

/** Saves a file already fetched (a CSV export, say) through the browser's own download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
