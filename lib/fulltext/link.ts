/**
 * Finds the curated passages of the report in its full text, word for word, so they can be linked to the
 * sentences they came from and get the page they are printed on.
 */
import type { Passage } from '../corpus/types';

/** Lower-cased words of letters and digits; punctuation, quote style, dashes and spacing are ignored. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\u00AD/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * The parts of a curated passage that the report prints verbatim: editorial marks carried by the passage
 * ([insertions], (sic), ellipses) are cut out, and each part must appear in order.
 */
export function verbatimSegments(text: string): string[][] {
  return text
    .split(/\[[^\]]*\]|\(sic\)|…|\.{3,}/i)
    .map(words)
    .filter((segment) => segment.length > 0);
}

/** Shortest passage (in words) worth linking: shorter fragments occur by chance. */
export const MIN_LINK_WORDS = 5;
/** Most words an ellipsis or a bracketed replacement may stand for between two segments. */
const MAX_GAP_WORDS = 80;

export interface WordStream {
  words: string[];
  /** Index of the sentence each word belongs to. */
  sentence: number[];
  /** Page each word is printed on (a sentence across a page break has words on both pages). */
  page: string[];
  /** ' w1 w2 … ' for substring search, and the character offset of each word in it. */
  joined: string;
  offsets: number[];
}

type StreamSentence = { text: string; page?: string; pageBreaks?: Array<{ offset: number; label: string }> };

function pageAt(s: StreamSentence, offset: number): string {
  let page = s.page?.split('–')[0] ?? '';
  for (const mark of s.pageBreaks ?? []) if (mark.offset <= offset) page = mark.label;
  return page;
}

export function wordStream(sentences: StreamSentence[]): WordStream {
  const stream: WordStream = { words: [], sentence: [], page: [], joined: ' ', offsets: [] };
  let length = 1;
  sentences.forEach((s, i) => {
    // Words are found in the original text first so each keeps its offset (for its page).
    for (const run of s.text.matchAll(/[\p{L}\p{N}\u00AD]+/gu)) {
      const page = pageAt(s, run.index ?? 0);
      // Plain ASCII words (nearly all) need no Unicode normalisation.
      for (const w of /^[A-Za-z0-9]+$/.test(run[0]) ? [run[0].toLowerCase()] : words(run[0])) {
        stream.offsets.push(length);
        stream.words.push(w);
        stream.sentence.push(i);
        stream.page.push(page);
        length += w.length + 1;
      }
    }
  });
  stream.joined = ` ${stream.words.join(' ')} `;
  return stream;
}

function wordIndexAt(stream: WordStream, offset: number): number {
  let lo = 0;
  let hi = stream.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((stream.offsets[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function occurrences(stream: WordStream, segment: string[], from = 0): number[] {
  const needle = ` ${segment.join(' ')} `;
  const out: number[] = [];
  let at = stream.joined.indexOf(needle, Math.max(0, (stream.offsets[from] ?? stream.joined.length) - 1));
  while (at !== -1) {
    out.push(wordIndexAt(stream, at + 1));
    at = stream.joined.indexOf(needle, at + 1);
  }
  return out;
}

/** Word range [first, last] of every place the whole passage appears. */
export function findPassage(stream: WordStream, text: string): Array<[number, number]> {
  const segments = verbatimSegments(text);
  if (segments.flat().length < MIN_LINK_WORDS) return [];
  const [head, ...rest] = segments;
  if (!head) return [];
  const found: Array<[number, number]> = [];
  for (const start of occurrences(stream, head)) {
    let end = start + head.length - 1;
    let ok = true;
    for (const segment of rest) {
      const next = occurrences(stream, segment, end + 1)[0];
      if (next === undefined || next - end - 1 > MAX_GAP_WORDS) {
        ok = false;
        break;
      }
      end = next + segment.length - 1;
    }
    if (ok) found.push([start, end]);
  }
  return found;
}

export interface CuratedLink {
  curatedId: string;
  /** Sentence indexes the passage covers. */
  sentences: number[];
  page: string;
}

const pageRange = (first: string, last: string): string => (first === last ? first : `${first}–${last}`);

/**
 * Links each curated passage found exactly once in the full text (or several times on the same page).
 * A passage found on different pages is left unlinked: its page would be a guess.
 */
export function linkCurated(
  sentences: StreamSentence[],
  curated: Passage[],
  stream = wordStream(sentences),
): CuratedLink[] {
  const links: CuratedLink[] = [];
  for (const passage of curated) {
    const places = findPassage(stream, passage.text).map(([first, last]) => {
      const from = stream.sentence[first] ?? 0;
      const to = stream.sentence[last] ?? from;
      return { from, to, page: pageRange(stream.page[first] ?? '', stream.page[last] ?? '') };
    });
    const [place] = places;
    if (!place || places.some((p) => p.page !== place.page)) continue;
    const covered: number[] = [];
    for (let i = place.from; i <= place.to; i++) covered.push(i);
    links.push({ curatedId: passage.id, sentences: covered, page: place.page });
  }
  return links;
}
