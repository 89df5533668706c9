/**
 * A document the reader adds (any report, ruling, transcript, speech…): its pages become sentence
 * passages with page numbers, exactly as the full-report import makes them, but nothing requires the text
 * to be a particular report. Browser-free: the library, the CLI and the tests build documents with it.
 */
import type { Passage, Source } from '../corpus/types';
import { checkTextLayer } from '../fulltext/build';
import { cleanPages } from '../fulltext/clean';
import { FullTextImportError } from '../fulltext/errors';
import { documentSentences } from '../fulltext/sentences';
import type { RawPage } from '../fulltext/types';

export interface DocumentDetails {
  title: string;
  kind: string;
  date: string | null;
  publisher: string | null;
  speakers: string[];
  aliases: string[];
  /** What badges call it where there is room ("Harbor ruling"); none when empty. */
  shortName?: string | null;
}

export interface DocumentInput extends DocumentDetails {
  pages: RawPage[];
  format: 'pdf' | 'text';
  fileName: string;
  /** Content hash of the file: the document's id and version derive from it. */
  version: string;
  /** The pack the document goes into. */
  pack: string;
}

export interface DocumentBuild {
  source: Source;
  passages: Passage[];
}

/** A document's id: the same file gives the same id, so adding it twice is recognised. */
export const documentId = (version: string) => `doc-${version.slice(0, 16)}`;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A short name is for a badge: longer ones are cut (lib/corpus/schema.ts allows no more). */
const MAX_SHORT_NAME = 24;

/** The title a file suggests: its first line with words in it (the CLI's default, the form's suggestion). */
export function suggestedTitle(pages: RawPage[], fileName: string): string {
  for (const page of pages)
    for (const line of page.lines) {
      const text = oneLine(line);
      if (/\p{L}{2}/u.test(text)) return text.slice(0, 200);
    }
  return fileName.replace(/\.[^.]+$/, '');
}

/** A date the first page gives ("January 14, 2021", "2021-01-14"), as written, or null. */
export function suggestedDate(pages: RawPage[]): string | null {
  const text = (pages[0]?.lines ?? []).join(' ');
  const match =
    /\b\d{4}-\d{2}-\d{2}\b/.exec(text) ??
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\b/.exec(
      text,
    );
  return match ? match[0] : null;
}

export function buildDocument(input: DocumentInput): DocumentBuild {
  const title = oneLine(input.title);
  if (!title) throw new FullTextImportError('empty', 'A document needs a title.');
  const doc = cleanPages(input.pages);
  checkTextLayer(input, doc.charsPerPage);
  const sentences = documentSentences(doc);
  if (sentences.length === 0)
    throw new FullTextImportError('empty', `“${input.fileName}” holds no sentences to import.`);

  const id = documentId(input.version);
  const width = Math.max(4, String(sentences.length).length);
  const speakers = input.speakers.map(oneLine).filter(Boolean);
  // A document with one speaker is that speaker's words; otherwise the sentence's speaker is unknown.
  const speaker = speakers.length === 1 ? (speakers[0] as string) : null;
  const evidenceUrl = `file:${encodeURIComponent(input.fileName)}`;
  const passages: Passage[] = sentences.map((s, i) => ({
    id: `${id}.${String(i + 1).padStart(width, '0')}`,
    source: id,
    text: s.text,
    kind: 'full-text',
    speaker,
    recipient: null,
    date: input.date,
    page: s.page,
    section: s.section,
    context: null,
    evidence: { level: 'original', sources: [{ url: evidenceUrl, printed: 'added by the user' }] },
  }));
  const source: Source = {
    id,
    // Each added document is a document in its own right: a match in it is a match in what it says.
    role: 'primary',
    title,
    publisher: oneLine(input.publisher ?? '') || 'added by the user',
    date: oneLine(input.date ?? '') || 'undated',
    pages: doc.pageLabels.length,
    note: `Added by the user from “${input.fileName}”.`,
    version: input.version,
    pack: input.pack,
    kind: oneLine(input.kind) || 'other',
    speakers,
    aliases: { names: input.aliases.map(oneLine).filter(Boolean), terms: [] },
  };
  const shortName = oneLine(input.shortName ?? '').slice(0, MAX_SHORT_NAME);
  if (shortName) source.shortName = shortName;
  return { source, passages };
}
