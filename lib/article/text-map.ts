/**
 * Maps offsets in a block's text (see blocks.ts for the rule) back to DOM positions, so the content
 * script can turn an ExtractedQuote's offsets into a Range on the live element. No DOM globals: it
 * returns (Text node, offset) points; the caller builds the Range.
 *
 * The map is built on the page's critical path (every badged block, right before its badges go in), so
 * it keeps two integers per raw character in typed arrays and makes a point object only when asked:
 * an object per character cost milliseconds and a garbage collection on a news article.
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

/** Exactly the characters JavaScript's `\s` matches, which is what blockText collapses. */
function isJsWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A <br> contributes a space that belongs to no Text node. */
const BREAK = -1;
/** No whitespace is waiting to become a space. */
const NONE = -2;

export function mapBlockText(el: Element): BlockTextMap {
  const nodes: Text[] = [];
  const pieces: string[] = [];
  walkBlockText(
    el,
    (node) => {
      nodes.push(node);
      pieces.push(node.data);
    },
    () => {
      nodes.push(null as unknown as Text);
      pieces.push(' ');
    },
  );
  let rawLength = 0;
  for (const piece of pieces) rawLength += piece.length;

  // For each character of `text`: which walked node it came from (BREAK for a <br>) and where in it.
  const nodeOf = new Int32Array(rawLength);
  const offsetOf = new Int32Array(rawLength);
  const parts: string[] = [];
  let length = 0;
  let pendingSpace = NONE; // node of the first whitespace of the current run, as nodeOf holds it
  let pendingOffset = 0;
  let runStart = -1; // start, in the current piece, of the run of non-whitespace being copied
  for (let n = 0; n < pieces.length; n++) {
    const data = pieces[n] as string;
    const node = nodes[n] ? n : BREAK;
    for (let i = 0; i <= data.length; i++) {
      const atEnd = i === data.length;
      if (!atEnd && !isJsWhitespace(data.charCodeAt(i))) {
        if (runStart < 0) {
          // Keep the first whitespace character of a run (not before the first word).
          if (pendingSpace !== NONE && length > 0) {
            parts.push(' ');
            nodeOf[length] = pendingSpace;
            offsetOf[length] = pendingOffset;
            length++;
          }
          pendingSpace = NONE;
          runStart = i;
        }
        nodeOf[length] = node;
        offsetOf[length] = i;
        length++;
        continue;
      }
      if (runStart >= 0) {
        parts.push(data.slice(runStart, i));
        runStart = -1;
      }
      if (!atEnd && pendingSpace === NONE) {
        pendingSpace = node;
        pendingOffset = i;
      }
    }
  }
  const text = parts.join('');

  const pointAt = (i: number): DomPoint | null => {
    if (!Number.isInteger(i) || i < 0 || i >= length) return null;
    const n = nodeOf[i] as number;
    if (n >= 0) return { node: nodes[n] as Text, offset: offsetOf[i] as number };
    // A space from a <br> sits just after the character before it (never the first character: the
    // text is trimmed and a run of whitespace keeps one space).
    const before = pointAt(i - 1);
    return before ? { node: before.node, offset: before.offset + 1 } : null;
  };
  return { text, pointAt };
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
