/**
 * Full-report import: a generated ~300,000-character, 100-page report-like text (curated report passages
 * on known pages among generated sentences, with running headers, page numbers, hyphenated line ends and
 * footnotes), imported (clean + split + link + build) and matched against. Deterministic: same text and
 * quotations every run.
 */
import { performance } from 'node:perf_hooks';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { bundledCorpus } from '../../data/corpus';
import { buildIndex, matchQuote } from '../../lib/engine';
import { buildFullText, type FullTextBuild } from '../../lib/fulltext/build';
import { withFullText } from '../../lib/fulltext/merge';
import { pagesFromFormFeedText } from '../../lib/fulltext/pages';
import { extractPdfPagesInNode } from '../../utils/fulltext/node-pdf';
import { median, prng, round } from './stats';
import type { BenchSection } from './types';

const PAGES = 100;
const TARGET_CHARS = 300_000;
const IMPORT_RUNS = 5;
const MATCH_ROUNDS = 3;

const SUBJECTS = [
  'The OIG',
  'DOJ leadership',
  'The USMS',
  'Several U.S. Attorneys',
  'The Department',
  'DHS officials',
  'HHS staff',
  'The Deputy Attorney General',
  'Prosecutors in the Southern District',
  'Magistrate judges',
];
const VERBS = [
  'found that',
  'told the OIG that',
  'did not know whether',
  'reported that',
  'acknowledged that',
  'stated that',
  'could not confirm that',
  'wrote in an email that',
];
const CLAUSES = [
  'detention space reached capacity',
  'the referrals increased sharply in May 2018',
  'no written guidance existed for family unit cases',
  'children were transferred to ORR custody within days',
  'defense counsel could not locate the children of their clients',
  'the courts added afternoon calendars',
  'the policy was announced without advance notice to the districts',
  'the number of family unit adults prosecuted was not tracked',
  'resources were diverted from other enforcement priorities',
  'the coordination meetings were held only after the policy took effect',
];
const TAILS = [
  '',
  ' in several districts',
  ' during the first weeks',
  ' according to internal emails',
  ' despite earlier warnings',
  ' in the Western District of Texas',
  ' before the Executive Order',
];

function generatedSentence(rand: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)] as T;
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAUSES)}${pick(TAILS)}.`;
}

/** Wraps at ~95 characters, hyphenating one long lower-case word in twenty across the line end, as justified text does. */
function wrap(text: string, rand: () => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 95) {
      if (/^[a-z]{8,}[,.]?$/.test(word) && rand() < 0.05) {
        const cut = Math.floor(word.length / 2);
        lines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
        continue;
      }
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface GeneratedReport {
  text: string;
  /** Curated passage id → page it was placed on. */
  placed: Record<string, string>;
  /** Generated sentences (only the full text has them). */
  sentences: string[];
}

export function generateReport(seed = 21028): GeneratedReport {
  const rand = prng(seed);
  const curated = bundledCorpus.passages.filter((p) => p.source === 'oig-21-028');
  const queue = curated.filter((p) => !/[[…]|\(sic\)/.test(p.text));
  const placed: Record<string, string> = {};
  const sentences: string[] = [];
  const perPage = TARGET_CHARS / PAGES;
  const pages: string[] = [];
  for (let n = 1; n <= PAGES; n++) {
    const label = n <= 4 ? ['i', 'ii', 'iii', 'iv'][n - 1]! : String(n - 4);
    const body: string[] = [];
    let chars = 0;
    let footnote = 0;
    // The curated passages (those printed without editorial marks) are spread over the pages, one every
    // other page, as excerpts of a long report would be.
    const passage = n % 2 === 1 ? queue.shift() : undefined;
    if (passage) {
      placed[passage.id] = label;
      body.push(passage.text);
      chars += passage.text.length;
    }
    while (chars < perPage - 200) {
      let paragraph = '';
      for (let k = 0; k < 4; k++) {
        const s = generatedSentence(rand);
        sentences.push(s);
        paragraph += (paragraph ? ' ' : '') + s;
      }
      if (rand() < 0.3) {
        footnote += 1;
        paragraph = paragraph.replace(/\.$/, `.${footnote}`);
      }
      body.push(paragraph);
      chars += paragraph.length;
    }
    const lines = ['Review of the Zero Tolerance Policy — DOJ OIG Report 21-028', ''];
    for (const paragraph of body) lines.push(...wrap(paragraph, rand));
    for (let f = 1; f <= footnote; f++) lines.push(`${f} ${generatedSentence(rand)}`);
    lines.push('', label);
    pages.push(lines.join('\n'));
  }
  return { text: `${pages.join('\n\f')}\n\f`, placed, sentences };
}

/** The same pages as a PDF (one text run per line, as many PDF producers write them). */
async function reportPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const pageText of text.split('\f').filter((p) => p.trim() !== '')) {
    const page = doc.addPage([612, 792]);
    let y = 760;
    for (const line of pageText.split('\n')) {
      if (line) page.drawText(line, { x: 54, y, size: 8, font });
      y -= 10;
    }
  }
  return doc.save();
}

function importOnce(text: string): FullTextBuild {
  const report = bundledCorpus.sources.find((s) => s.id === 'oig-21-028');
  if (!report) throw new Error('no report source');
  return buildFullText({
    pages: pagesFromFormFeedText(text),
    format: 'text',
    fileName: 'bench-report.txt',
    version: '0'.repeat(64),
    report,
    curated: bundledCorpus.passages.filter((p) => p.source === 'oig-21-028'),
  });
}

/** The same quotations against both corpora: curated passages, full-text sentences, altered ones, absent ones. */
function quotations(report: GeneratedReport): string[] {
  const curated = bundledCorpus.passages.map((p) => p.text);
  const fromFullText = report.sentences.filter((_, i) => i % 97 === 0).slice(0, 30);
  const altered = fromFullText.slice(0, 10).map((s) => s.replace(/ that /, ' that the '));
  const absent = [
    'The Attorney General personally approved every separation of a nursing infant.',
    'We will never separate a family again, the spokesman said on Tuesday.',
    'Border agents were told to keep records of every child for reunification.',
  ];
  return [...curated, ...fromFullText, ...altered, ...absent];
}

function perQuoteMs(index: ReturnType<typeof buildIndex>, quotes: string[]): number {
  for (const text of quotes) matchQuote(index, { text }); // warm-up
  const rounds: number[] = [];
  for (let r = 0; r < MATCH_ROUNDS; r++) {
    const start = performance.now();
    for (const text of quotes) matchQuote(index, { text });
    rounds.push((performance.now() - start) / quotes.length);
  }
  return median(rounds);
}

export const fullText: BenchSection = {
  name: 'full-report import',
  async run() {
    const report = generateReport();
    const times: number[] = [];
    let build: FullTextBuild | null = null;
    for (let i = 0; i < IMPORT_RUNS; i++) {
      const start = performance.now();
      build = importOnce(report.text);
      times.push(performance.now() - start);
    }
    if (!build) throw new Error('no build');
    const placedFound = Object.entries(report.placed).filter(
      ([id, page]) => build?.curatedPages[id] === page,
    ).length;

    // The whole import of a 100-page PDF: text extraction (pdfjs, Node legacy build) + the same build.
    const pdf = await reportPdf(report.text);
    // Loading pdfjs itself (seconds under tsx, which reads its source maps) is not part of an import in the
    // library page, where the module and worker are bundled: warm it up on the first page alone.
    await extractPdfPagesInNode(await reportPdf(report.text.split('\f')[0] ?? ''), {
      fileName: 'warm-up.pdf',
    });
    const pdfStart = performance.now();
    const pdfPages = await extractPdfPagesInNode(pdf, { fileName: 'bench-report.pdf' });
    const fullTextPdfExtractMs = performance.now() - pdfStart;
    const report21028 = bundledCorpus.sources.find((s) => s.id === 'oig-21-028');
    if (!report21028) throw new Error('no report source');
    const pdfBuildStart = performance.now();
    const pdfBuild = buildFullText({
      pages: pdfPages,
      format: 'pdf',
      fileName: 'bench-report.pdf',
      version: '1'.repeat(64),
      report: report21028,
      curated: bundledCorpus.passages.filter((p) => p.source === 'oig-21-028'),
    });
    const fullTextPdfImportMs = fullTextPdfExtractMs + (performance.now() - pdfBuildStart);

    const merged = withFullText(bundledCorpus, build);
    const indexStart = performance.now();
    const fullIndex = buildIndex(merged);
    const fullTextIndexBuildMs = performance.now() - indexStart;
    const curatedIndex = buildIndex(bundledCorpus);
    const quotes = quotations(report);
    const curatedMs = perQuoteMs(curatedIndex, quotes);
    const fullMs = perQuoteMs(fullIndex, quotes);
    return {
      fullTextChars: report.text.length,
      fullTextPages: build.stats.pages,
      fullTextSentences: build.stats.sentences,
      fullTextCuratedPlaced: Object.keys(report.placed).length,
      fullTextCuratedFoundOnTheirPage: placedFound,
      fullTextImportMs: round(median(times), 1),
      fullTextPdfBytes: pdf.byteLength,
      fullTextPdfExtractMs: round(fullTextPdfExtractMs, 1),
      fullTextPdfImportMs: round(fullTextPdfImportMs, 1),
      fullTextPdfSameSentences: pdfBuild.passages.length === build.passages.length,
      fullTextIndexBuildMs: round(fullTextIndexBuildMs, 1),
      perQuoteMsCurated: round(curatedMs),
      perQuoteMsFullText: round(fullMs),
      fullTextVsCurated: round(fullMs / curatedMs, 2),
      fullTextQuotations: quotes.length,
    };
  },
  describe(r) {
    return [
      `import of a ${r.fullTextChars}-character, ${r.fullTextPages}-page text (clean + split + link + build): ${r.fullTextImportMs} ms (median of ${IMPORT_RUNS}; budget 5000 ms) → ${r.fullTextSentences} sentences`,
      `import of the same pages as a ${Math.round(Number(r.fullTextPdfBytes) / 1024)} KB PDF: ${r.fullTextPdfImportMs} ms (text extraction ${r.fullTextPdfExtractMs} ms); same sentences as the text: ${r.fullTextPdfSameSentences}`,
      `curated passages placed on known pages and found there: ${r.fullTextCuratedFoundOnTheirPage} of ${r.fullTextCuratedPlaced}`,
      `match index build with the full text: ${r.fullTextIndexBuildMs} ms`,
      `per quotation (${r.fullTextQuotations} quotations): ${r.perQuoteMsFullText} ms with the full text vs ${r.perQuoteMsCurated} ms curated only = ${r.fullTextVsCurated}× (budget 3×)`,
    ];
  },
};
