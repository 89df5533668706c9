/** Whether Verbatim's content script can run on a URL, and the hostname its on/off switch is for. */
export function checkableHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}
