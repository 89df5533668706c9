/**
 * Sends a scan to whichever context answers scans: Chrome's offscreen document (which outlives the
 * service worker's sleep, so a scan never waits for the worker to start) or Firefox's background page.
 * When none answers (the offscreen document was closed, or not made yet), the background is asked to
 * make one, and the scan is sent again.
 */
import { sendToBackground } from '@/utils/messaging';
import type { BackgroundProtocol } from '@/utils/messaging/protocol';

type ScanName = 'scanPage' | 'matchQuotes';

export async function askScanHost<K extends ScanName>(
  name: K,
  data: Parameters<BackgroundProtocol[K]>[0],
): Promise<Awaited<ReturnType<BackgroundProtocol[K]>>> {
  const send = sendToBackground as unknown as (
    n: K,
    d: typeof data,
  ) => Promise<Awaited<ReturnType<BackgroundProtocol[K]>>>;
  try {
    return await send(name, data);
  } catch (e) {
    // Only a missing receiver is worth a retry; a rejection by the host is final.
    if (!/receiving end|port closed|no response/i.test(String((e as Error)?.message ?? e))) throw e;
    await sendToBackground('openScanHost', {});
    return send(name, data);
  }
}
