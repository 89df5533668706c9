/**
 * Maps offsets in a block's text (see blocks.ts for the rule) back to DOM positions, so the content
 * script can turn an ExtractedQuote's offsets into a Range on the live element. No DOM globals: it
 * returns (Text node, offset) points; the caller builds the Range.
 */
import { walkBlockText } from './blocks';

export interface DomPoint {
  node: Text;
  offset: number;
}

export interface BlockTextMap {
  /** Identical to `blockText(el)`. */
  text: string;
  /** `points[i]` is where character i of `text` sits in the DOM. */
  points: DomPoint[];
}

const WHITESPACE = /\s/;

export function mapBlockText(el: Element): BlockTextMap {
  // One entry per raw character; a <br> contributes a space with no Text node of its own.
  const chars: string[] = [];
  const rawPoints: Array<DomPoint | null> = [];
  walkBlockText(
    el,
    (node) => {
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        chars.push(data[i] as string);
        rawPoints.push({ node, offset: i });
      }
    },
    () => {
      chars.push(' ');
      rawPoints.push(null);
    },
  );

  let text = '';
  const points: Array<DomPoint | null> = [];
  let pendingSpace: DomPoint | null | undefined;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (WHITESPACE.test(ch)) {
      // Keep the first whitespace character of a run; drop leading whitespace entirely.
      if (pendingSpace === undefined && text.length > 0) pendingSpace = rawPoints[i] ?? null;
      continue;
    }
    if (pendingSpace !== undefined) {
      text += ' ';
      points.push(pendingSpace);
      pendingSpace = undefined;
    }
    text += ch;
    points.push(rawPoints[i] ?? null);
  }
  return { text, points: fillBreakPoints(points) };
}

/** A space that came from a <br> sits just after the previous character (or at the next one). */
function fillBreakPoints(points: Array<DomPoint | null>): DomPoint[] {
  const out: DomPoint[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p) {
      out.push(p);
      continue;
    }
    const prev = out[i - 1];
    if (prev) {
      out.push({ node: prev.node, offset: prev.offset + 1 });
      continue;
    }
    const next = points.slice(i + 1).find((q): q is DomPoint => q !== null);
    if (!next) return out; // only possible for a text made of <br>s, which trims to nothing
    out.push(next);
  }
  return out;
}

/** DOM start/end points of `[start, end)` in the block's text; null when out of range or empty. */
export function domRange(
  map: BlockTextMap,
  start: number,
  end: number,
): { start: DomPoint; end: DomPoint } | null {
  if (start < 0 || end > map.text.length || start >= end) return null;
  const first = map.points[start];
  const last = map.points[end - 1];
  if (!first || !last) return null;
  return { start: first, end: { node: last.node, offset: last.offset + 1 } };
}
