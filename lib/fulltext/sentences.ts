/** Sentence splitting of the cleaned report text; every sentence keeps the page(s) it was printed on. */
import type { CleanDocument, FullTextSentence, TextStream } from './types';

/** Words whose period does not end a sentence ("Mr. Sessions", "U.S. Attorney", "8 U.S.C. 1325"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'nos',
  'gen',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'hon',
  'jr',
  'sr',
  'inc',
  'co',
  'corp',
  'ltd',
  'dept',
  'div',
  'vs',
  'v',
  'al',
  'fig',
  'figs',
  'p',
  'pp',
  'sec',
  'secs',
  'ch',
  'art',
  'vol',
  'ed',
  'approx',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'cf',
  'ibid',
  'id',
  'pub',
  'l',
]);

/** A period, ? or ! (with any closing quotes/brackets) followed by space and a capital, digit or opening quote. */
const BOUNDARY = /[.!?][”"’)\]]*\s+(?=[“"‘([]?[\p{Lu}\d])/gu;

function isAbbreviation(text: string, periodAt: number): boolean {
  if (text[periodAt] !== '.') return false;
  // The word before the period: back to the previous space (a regex on the text before it would be quadratic).
  const word = text.slice(text.lastIndexOf(' ', periodAt - 1) + 1, periodAt);
  const bare = word.replace(/^[“"‘([]+/, '');
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "Donald J. Trump"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // "U.S", "A.G", "D.C"
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** Sentence spans [start, end) of one paragraph, trimmed. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    if (isAbbreviation(text, at)) continue;
    const end = at + m[0].trimEnd().length;
    spans.push([start, end]);
    start = at + m[0].length;
  }
  spans.push([start, text.length]);
  return spans
    .map(([s, e]): [number, number] => {
      const piece = text.slice(s, e);
      const lead = piece.length - piece.trimStart().length;
      return [s + lead, s + piece.trimEnd().length];
    })
    .filter(([s, e]) => e > s);
}

function labelAt(stream: TextStream, offset: number): string {
  let label = stream.pages[0]?.label ?? '1';
  for (const mark of stream.pages) {
    if (mark.start > offset) break;
    label = mark.label;
  }
  return label;
}

export function pageOfSpan(stream: TextStream, start: number, end: number): string {
  const first = labelAt(stream, start);
  const last = labelAt(stream, Math.max(start, end - 1));
  return first === last ? first : `${first}–${last}`;
}

/** Splits into paragraphs (blank-line breaks) and each paragraph into sentences, with offsets. */
function streamSentences(stream: TextStream): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const para of stream.text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    const base = para.index ?? 0;
    for (const [s, e] of sentenceSpans(para[0])) out.push({ start: base + s, end: base + e });
  }
  return out;
}

/** Every sentence in reading order; footnotes come right after the sentence in progress at their page's end. */
export function documentSentences(doc: CleanDocument): FullTextSentence[] {
  const body = streamSentences(doc.body);
  const out: FullTextSentence[] = [];
  let note = 0;
  const flushNotes = (upTo: number) => {
    while (note < doc.footnotes.length && (doc.footnotes[note]?.after ?? 0) <= upTo) {
      const fn = doc.footnotes[note++];
      if (!fn) continue;
      for (const [s, e] of sentenceSpans(fn.text))
        out.push({ text: fn.text.slice(s, e), page: fn.page, section: `Footnote ${fn.number}` });
    }
  };
  for (const { start, end } of body) {
    flushNotes(start);
    const page = pageOfSpan(doc.body, start, end);
    // Lines are tidied to single spaces and joined by one space, so offsets in the sentence are exact.
    const sentence: FullTextSentence = { text: doc.body.text.slice(start, end), page, section: null };
    if (page.includes('–'))
      sentence.pageBreaks = doc.body.pages
        .filter((mark) => mark.start > start && mark.start < end)
        .map((mark) => ({ offset: mark.start - start, label: mark.label }));
    out.push(sentence);
  }
  flushNotes(Number.POSITIVE_INFINITY);
  return out;
}
