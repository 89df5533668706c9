/**
 * Who may send what. Every message must come from this extension; beyond that, page-facing messages
 * must come from our content script in a tab, and the ones that read or write a tab's scan or the corpus
 * only from our own extension pages (popup, library), never from a content script.
 */
export type SenderKind = 'content-script' | 'extension-page';

/** The parts of `runtime.MessageSender` the checks read (the same in Chrome and Firefox). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; title?: string };
}

export interface ExtensionIdentity {
  id: string;
  /** `runtime.getURL('')`, e.g. `chrome-extension://<id>/`. */
  baseUrl: string;
}

export class RejectedMessage extends Error {
  override name = 'RejectedMessage';
}

/** What kind of our own contexts sent a message, or null if it is not one of ours. */
export function senderKind(sender: MessageSenderLike, self: ExtensionIdentity): SenderKind | null {
  if (sender.id !== self.id) return null;
  const url = sender.url ?? '';
  // Extension pages opened in a tab (the library) also carry `tab`: the URL tells them apart.
  if (url.startsWith(self.baseUrl)) return 'extension-page';
  if (sender.tab?.id !== undefined && sender.tab.id >= 0) return 'content-script';
  return null;
}

/** Throws a RejectedMessage unless the sender is one of the `allowed` kinds of our own contexts. */
export function requireSender(
  message: string,
  sender: MessageSenderLike,
  self: ExtensionIdentity,
  allowed: readonly SenderKind[],
): SenderKind {
  const kind = senderKind(sender, self);
  if (kind === null) {
    throw new RejectedMessage(`Verbatim: "${message}" rejected: the sender is not this extension.`);
  }
  if (!allowed.includes(kind)) {
    throw new RejectedMessage(
      `Verbatim: "${message}" rejected: only accepted from ${allowed.join(' or ')}, not from ${kind}.`,
    );
  }
  return kind;
}
