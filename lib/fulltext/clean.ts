/**
 * Turns extracted pages into one running text: running headers/footers and page-number lines removed,
 * words hyphenated across line ends rejoined, footnote markers taken off the words they are glued to and
 * footnote bodies set apart, page labels kept as offsets into the text.
 */
import type { CleanDocument, Footnote, RawPage, TextStream } from './types';

/** Lines at either end of a page that are looked at as possible headers, footers or page numbers. */
const EDGE_LINES = 3;

/** "12", "- 12 -", "Page 12", "12 of 93", or a roman numeral up to 399 ("iv", "XII"). */
const PAGE_NUMBER =
  /^(?:page\s+)?[-–—]?\s*(\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\s*[-–—]?(?:\s+of\s+\d{1,4})?$/i;

function tidy(line: string): string {
  // Control characters other than whitespace (PDF text can carry them) become nothing.
  return line
    .replace(/\p{Cc}/gu, (c) => (/\s/.test(c) ? ' ' : ''))
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Digits stand for page numbers, so "Page 3" and "Page 4" are the same running line. */
function runningKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

function edgeIndexes(lines: string[]): number[] {
  const out = new Set<number>();
  for (let i = 0; i < Math.min(EDGE_LINES, lines.length); i++) out.add(i);
  for (let i = Math.max(0, lines.length - EDGE_LINES); i < lines.length; i++) out.add(i);
  return [...out];
}

/**
 * A line is a running header/footer when it sits at a page edge on many pages: at least 3 pages and at
 * least 30% of them (digits ignored). Fewer than 3 pages cannot show a repetition reliably.
 */
function runningLines(pages: string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(edgeIndexes(lines).map((i) => runningKey(lines[i] ?? '')));
    for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(3, Math.ceil(pages.length * 0.3));
  return new Set([...counts].filter(([, n]) => n >= needed).map(([k]) => k));
}

function stripEdges(lines: string[], running: Set<string>): { lines: string[]; printed: string | null } {
  let printed: string | null = null;
  // A page number is a lone number (or roman numeral) on the first or last two lines; taken before the
  // running lines so "Page 4" is read as the page's printed number rather than dropped as a repeat.
  const numbered = lines.filter((line, i) => {
    const m = i < 2 || i >= lines.length - 2 ? PAGE_NUMBER.exec(line) : null;
    if (!m?.[1]) return true;
    printed ??= m[1];
    return false;
  });
  const edges = new Set(edgeIndexes(numbered));
  const kept = numbered.filter((line, i) => !(edges.has(i) && running.has(runningKey(line))));
  return { lines: kept, printed };
}

const MARKER_BEFORE = String.raw`(?:[a-z\u00DF-\u00FF]|(?<!\d)[.,;:]|[”"’)\]])`;

/** Footnote markers glued to the word or punctuation before them: "policy.12 " → "policy. ". */
export function stripFootnoteMarkers(line: string): string {
  return line.replace(new RegExp(`(${MARKER_BEFORE})\\d{1,3}(?=\\s|$)`, 'gu'), '$1');
}

function markerNumbers(lines: string[]): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(`${MARKER_BEFORE}(\\d{1,3})(?=\\s|$)`, 'gu');
  for (const line of lines) for (const m of line.matchAll(re)) if (m[1]) out.add(String(Number(m[1])));
  return out;
}

/**
 * Footnotes are the page's last lines starting "12 Text…" where 12 is a marker used in the text above,
 * numbered in increasing order. Returns the index of the first footnote line, or lines.length.
 */
function footnoteStart(lines: string[]): number {
  const markers = markerNumbers(lines);
  let start = lines.length;
  let next = Number.POSITIVE_INFINITY;
  for (let i = lines.length - 1; i >= 1; i--) {
    const m = /^(\d{1,3})\s+\S/.exec(lines[i] ?? '');
    if (!m?.[1]) continue;
    const n = Number(m[1]);
    if (!markers.has(String(n)) || n >= next) continue;
    const above = markerNumbers(lines.slice(0, i));
    if (!above.has(String(n))) continue;
    start = i;
    next = n;
  }
  return start;
}

function splitFootnotes(lines: string[]): Array<{ number: string; text: string[] }> {
  const notes: Array<{ number: string; text: string[] }> = [];
  for (const line of lines) {
    const m = /^(\d{1,3})\s+(.*)$/.exec(line);
    const last = notes[notes.length - 1];
    if (m?.[1] && m[2] !== undefined && (!last || Number(m[1]) > Number(last.number)))
      notes.push({ number: String(Number(m[1])), text: [m[2]] });
    else if (last) last.text.push(line);
  }
  return notes;
}

/**
 * Whether the document spells `word` as a whole word somewhere (lower-cased text). Looked up only at
 * line-end hyphens, which are few, so a scan beats building a vocabulary of every word.
 */
function spells(text: string, word: string): boolean {
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}-]/u.test(c);
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1))
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
  return false;
}

/**
 * How two consecutive lines meet: a word broken by a line-end hyphen is rejoined (the hyphen dropped)
 * unless the document elsewhere spells it hyphenated and never whole; otherwise a space.
 */
function lineJoint(before: string, after: string, text: string): { dropLast: boolean; glue: string } {
  if (before.endsWith('\u00AD')) return { dropLast: true, glue: '' };
  if (!/[-–—/]$/.test(before)) return { dropLast: false, glue: ' ' };
  const head = /(\p{L}+)-$/u.exec(before.slice(-64));
  const tail = /^(\p{Ll}\p{L}*)/u.exec(after);
  if (head?.[1] && tail?.[1]) {
    const joined = `${head[1]}${tail[1]}`.toLowerCase();
    const hyphenated = `${head[1]}-${tail[1]}`.toLowerCase();
    const keepHyphen = spells(text, hyphenated) && !spells(text, joined);
    return { dropLast: !keepHyphen, glue: '' };
  }
  if (/[-–—/]$/.test(before)) return { dropLast: false, glue: '' };
  return { dropLast: false, glue: ' ' };
}

function joinLines(before: string, after: string, text: string): string {
  const { dropLast, glue } = lineJoint(before, after, text);
  return (dropLast ? before.slice(0, -1) : before) + glue + after;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * A heading or the last line of a paragraph: short, no sentence punctuation needed, and the next line
 * starts a new thought with a capital. Used as a hard boundary so a heading does not glue onto a sentence.
 */
function endsBlock(line: string, next: string, typicalLength: number): boolean {
  if (!/^[“"‘(]?[\p{Lu}\d]/u.test(next)) return false;
  if (/[,;:\-–—(]$/.test(line)) return false;
  return line.length < typicalLength * 0.6;
}

export function cleanPages(rawPages: RawPage[]): CleanDocument {
  const pages = rawPages.map((p) => p.lines.map(tidy));
  const charsPerPage = pages.map((lines) => lines.join('').replace(/\s/g, '').length);
  const nonEmpty = pages.map((lines) => lines.filter((l) => l !== ''));
  const running = nonEmpty.length >= 3 ? runningLines(nonEmpty) : new Set<string>();
  const allText = nonEmpty
    .map((lines) => lines.join('\n'))
    .join('\n')
    .toLowerCase();
  const typicalLength = median(nonEmpty.flat().map((l) => l.length));

  const pageLabels: string[] = [];
  const pagesMarks: TextStream['pages'] = [];
  // The body is built as parts (a string grown and trimmed in place would be copied at every hyphen).
  const parts: string[] = [];
  let length = 0;
  const footnotes: Footnote[] = [];
  let previousLine: string | null = null;

  nonEmpty.forEach((rawLines, index) => {
    const { lines, printed } = stripEdges(rawLines, running);
    const label = rawPages[index]?.label?.trim() || printed || String(index + 1);
    pageLabels.push(label);
    const cut = footnoteStart(lines);
    const notes = splitFootnotes(lines.slice(cut));
    const bodyLines = lines.slice(0, cut).map((l) => stripFootnoteMarkers(l));

    pagesMarks.push({ start: length, label });
    for (const line of bodyLines) {
      if (previousLine !== null) {
        const { dropLast, glue } = lineJoint(previousLine, line, allText);
        if (dropLast) {
          // The previous line is the last part: drop its hyphen there.
          parts[parts.length - 1] = previousLine.slice(0, -1);
          length -= 1;
        }
        const sep = glue === ' ' && endsBlock(previousLine, line, typicalLength) ? '\n\n' : glue;
        parts.push(sep);
        length += sep.length;
      }
      parts.push(line);
      length += line.length;
      previousLine = line;
    }
    // A hyphen dropped at the page's first line moves the page start back by one: keep marks inside the text.
    const mark = pagesMarks[pagesMarks.length - 1];
    if (mark) mark.start = Math.min(mark.start, length);
    for (const note of notes) {
      const text = note.text.reduce((acc, line) => joinLines(acc, line, allText));
      footnotes.push({ number: note.number, text: stripFootnoteMarkers(text), page: label, after: length });
    }
  });
  const body: TextStream = { text: parts.join(''), pages: pagesMarks };
  // Pages with no body text leave duplicate marks at one offset: the last one wins when looking up.
  return { body, footnotes, pageLabels, charsPerPage };
}
