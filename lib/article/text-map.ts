/**
 * Maps offsets in a block's text (see blocks.ts for the rule) back to DOM positions, so the content
 * script can turn an ExtractedQuote's offsets into a Range on the live element. No DOM globals: it
 * returns (Text node, offset) points; the caller builds the Range.
 *
 * Built on the page's critical path (every badged block, right before its badges go in) and asked for
 * one or two points per quotation, so it does no per-character work in script: the text comes from one
 * native regex pass, and a point is found by counting each Text node's collapsed length (also a regex)
 * until the node that holds it. An object per character cost milliseconds and a garbage collection.
 */
import { walkBlockText } from './blocks';

export interface DomPoint {
  node: Text;
  offset: number;
}

export interface BlockTextMap {
  /** Identical to `blockText(el)`. */
  text: string;
  /** Where character `i` of `text` sits in the DOM; null outside the text. */
  pointAt(i: number): DomPoint | null;
}

const WHITESPACE_RUN = /\s+/g;
const STARTS_WITH_SPACE = /^\s/;

export function mapBlockText(el: Element): BlockTextMap {
  // `null` stands for a <br>: a space that belongs to no Text node.
  const nodes: Array<Text | null> = [];
  const pieces: string[] = [];
  walkBlockText(
    el,
    (node) => {
      nodes.push(node);
      pieces.push(node.data);
    },
    () => {
      nodes.push(null);
      pieces.push(' ');
    },
  );
  const text = pieces.join('').replace(WHITESPACE_RUN, ' ').trim();

  /**
   * Walks the pieces as blockText collapses them: leading whitespace gives nothing, every later run of
   * whitespace gives one space at its first character (a run may continue into the next piece).
   */
  const pointAt = (i: number): DomPoint | null => {
    if (!Number.isInteger(i) || i < 0 || i >= text.length) return null;
    let emitted = 0;
    let inWhitespace = true; // before the first word, whitespace is dropped like a continuing run
    for (let n = 0; n < pieces.length; n++) {
      const data = pieces[n] as string;
      let collapsed = data.replace(WHITESPACE_RUN, ' ');
      const skipsFirst = inWhitespace && STARTS_WITH_SPACE.test(data);
      if (skipsFirst) collapsed = collapsed.slice(1);
      if (i < emitted + collapsed.length) {
        const raw = rawOffset(data, i - emitted, skipsFirst);
        const node = nodes[n];
        if (node) return { node, offset: raw };
        // A <br>'s space sits just after the character before it (never first: the text is trimmed).
        const before = pointAt(i - 1);
        return before ? { node: before.node, offset: before.offset + 1 } : null;
      }
      emitted += collapsed.length;
      if (collapsed.length > 0) inWhitespace = collapsed.endsWith(' ');
    }
    return null;
  };
  return { text, pointAt };
}

/**
 * Offset in `data` of its `k`-th collapsed character (each whitespace run counts once, at its first
 * character; `skipsFirst`: a leading run counts nothing, it continues the previous piece's).
 */
function rawOffset(data: string, k: number, skipsFirst: boolean): number {
  let count = 0;
  let at = 0;
  const runs = new RegExp(WHITESPACE_RUN.source, 'g');
  for (let run = runs.exec(data); run; run = runs.exec(data)) {
    const word = run.index - at;
    if (k < count + word) return at + (k - count);
    count += word;
    const counts = !(skipsFirst && run.index === 0);
    if (counts) {
      if (k === count) return run.index;
      count++;
    }
    at = run.index + run[0].length;
  }
  return at + (k - count);
}

/** DOM start/end points of `[start, end)` in the block's text; null when out of range or empty. */
export function domRange(
  map: BlockTextMap,
  start: number,
  end: number,
): { start: DomPoint; end: DomPoint } | null {
  if (start < 0 || end > map.text.length || start >= end) return null;
  const first = map.pointAt(start);
  const last = map.pointAt(end - 1);
  if (!first || !last) return null;
  return { start: first, end: { node: last.node, offset: last.offset + 1 } };
}
