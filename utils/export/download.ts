/** Saves text as a file through the browser's download flow (no downloads permission needed). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoke on the next turn so the browser has read the URL.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** e.g. verbatim-verifications-2026-11-28.json (local date). */
export function exportFilename(ext: 'json' | 'csv', now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `verbatim-verifications-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}
