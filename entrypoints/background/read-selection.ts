/**
 * Reading the user's selection (and a little text around it) from a tab, with `activeTab` + `scripting`:
 * the context-menu click and the keyboard command grant the tab for this one check.
 */
import { browser } from 'wxt/browser';

export interface PageSelection {
  text: string;
  /** The selection with up to CONTEXT_CHARS characters of its block on each side. */
  context: string;
  title: string;
  frameId: number;
}

export interface FrameSelection {
  text: string;
  context: string;
  title: string;
  focused: boolean;
}

/**
 * Runs in the page (serialised by `executeScript`): it must not use anything from its module.
 * Reads at most 20,000 characters; anything longer is refused anyway.
 */
export function selectionInFrame(): FrameSelection {
  const CONTEXT_CHARS = 200;
  const MAX_TEXT = 20_000;
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const selection = getSelection();
  const text = (selection?.toString() ?? '').slice(0, MAX_TEXT);
  let context = '';
  if (selection && selection.rangeCount > 0 && text.trim()) {
    const range = selection.getRangeAt(0);
    const start = range.startContainer;
    const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
    const block =
      element?.closest('p, li, blockquote, td, th, dd, figcaption, h1, h2, h3, h4, h5, h6, pre') ??
      element?.parentElement ??
      element;
    if (block) {
      const before = document.createRange();
      before.selectNodeContents(block);
      before.setEnd(range.startContainer, range.startOffset);
      const after = document.createRange();
      after.selectNodeContents(block);
      if (block.contains(range.endContainer)) after.setStart(range.endContainer, range.endOffset);
      else after.collapse(false);
      const head = squash(before.toString()).slice(-CONTEXT_CHARS).trimStart();
      const tail = squash(after.toString()).slice(0, CONTEXT_CHARS).trimEnd();
      context = `${head}${squash(text)}${tail}`.trim().slice(0, 3 * CONTEXT_CHARS + 2000);
    }
  }
  return { text, context, title: document.title, focused: document.hasFocus() };
}

/**
 * The selection in `frameId`, or, without one, in whichever frame holds a selection (the focused
 * frame first). Null when the page cannot be scripted (browser pages, the PDF viewer, the web store).
 */
export async function readSelection(tabId: number, frameId?: number): Promise<PageSelection | null> {
  try {
    const results = await browser.scripting.executeScript({
      target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
      func: selectionInFrame,
    });
    const frames = results.flatMap((r) =>
      r.result ? [{ ...(r.result as FrameSelection), frameId: r.frameId ?? 0 }] : [],
    );
    const withText = frames.filter((f) => f.text.trim() !== '');
    const chosen = withText.find((f) => f.focused) ?? withText[0] ?? frames.find((f) => f.frameId === 0);
    if (!chosen) return null;
    const top = frames.find((f) => f.frameId === 0);
    return {
      text: chosen.text,
      context: chosen.context,
      title: top?.title ?? chosen.title,
      frameId: chosen.frameId,
    };
  } catch {
    return null;
  }
}
