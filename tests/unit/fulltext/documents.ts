/**
 * Report-like test documents, generated: pages with a running header, printed page numbers, a word
 * hyphenated across a line end, a footnote, curated report passages on known pages and sentences only the
 * full text has. Rendered as a PDF (pdf-lib) or as pdftotext-style form-feed text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument, type PDFFont, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';
import type { Passage } from '@/lib/corpus/types';

export function curatedPassages(): Passage[] {
  return readFileSync(resolve(process.cwd(), 'data/passages.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Passage);
}

export const curated = (id: string): string => {
  const p = curatedPassages().find((x) => x.id === id);
  if (!p) throw new Error(`no curated passage ${id}`);
  return p.text;
};

/** Sentences that only the full text has (the curated excerpts do not). */
export const ONLY_IN_FULL_TEXT = {
  detention:
    'The USMS told the OIG that detention space in the Southern District of Texas reached capacity within weeks of the policy taking effect.',
  hearings:
    'Magistrate judges in two districts held hearings late into the evening to keep pace with the referrals.',
  // Two consecutive sentences: a quotation can span them.
  spanA:
    'Prosecutors in the Western District of Texas began drafting a plan for family unit cases in early May.',
  spanB: 'That plan was never shared with the Office of Refugee Resettlement.',
  // Hyphenated across a line end where the document marks "|".
  hyphenated:
    'The OIG found no written guidance on the imple|mentation of the policy for family unit adults.',
  crossPage1:
    'Several U.S. Attorneys told the OIG that they learned of the change in DHS referral practice from',
  crossPage2: 'news reports rather than from Department leadership.',
  footnoted: 'The Department did not track the number of family unit adults it prosecuted.{fn1}',
  footnote1: 'The OIG requested these figures from the Executive Office for United States Attorneys in 2019.',
};

export interface DocPage {
  /** Printed page number (also the PDF page label). */
  label: string;
  /** Paragraphs; a paragraph ending with "→" continues on the next page without a break. */
  paragraphs: string[];
  footnotes?: Array<{ n: number; text: string }>;
}

export const HEADER = 'DOJ OIG Review of the Zero Tolerance Policy';

/** The test report: which curated passage is on which page is what the tests check. */
export function reportPages(): DocPage[] {
  const t = ONLY_IN_FULL_TEXT;
  return [
    { label: 'i', paragraphs: ['Executive Summary', curated('r001'), curated('r002'), curated('r003')] },
    { label: 'ii', paragraphs: [curated('r004'), curated('r005'), t.hyphenated, curated('r006')] },
    {
      label: '1',
      paragraphs: [curated('r007'), t.detention, `${t.footnoted} ${t.hearings}`, `${t.spanA} ${t.spanB}`],
      footnotes: [{ n: 1, text: t.footnote1 }],
    },
    {
      label: '2',
      paragraphs: [
        'Findings',
        curated('r008'),
        curated('r009'),
        // r014 with its bracketed insertion as the report words it.
        'The OIG concluded that DOJ leadership significantly underestimated the zero tolerance policy’s complexities and demonstrated a deficient understanding of the legal requirements related to the care and custody of separated children.',
        `${t.crossPage1}→`,
      ],
    },
    { label: '3', paragraphs: [t.crossPage2, curated('r012'), curated('r010')] },
  ];
}

/** The number of pages the report has (sources.json): a complete import has this many. */
export const REPORT_PAGE_COUNT = 93;

const FILLER_WORDS =
  'agency attorneys border budget call chart children court custody data detention district email families guidance judges leadership marshals meeting memo notes office parents plan policy prosecution referral review shelter staff statute surge testimony training'.split(
    ' ',
  );

/** One page of running text with words of its own, so no line repeats the way a running header does. */
function fillerPage(n: number): DocPage {
  const word = (k: number) => FILLER_WORDS[(n * 7 + k * 3) % FILLER_WORDS.length];
  return {
    label: String(n),
    paragraphs: [
      `The review turns to the ${word(0)} and the ${word(1)} of the ${word(2)}, as the ${word(3)} described it to the ${word(4)} in its ${word(5)}.`,
    ],
  };
}

/**
 * The whole report: the test report's pages, then running text up to the report's page count. With
 * `revised`, the April 2022 revision: a notice page in front.
 */
export function completeReportPages(options: { revised?: boolean } = {}): DocPage[] {
  const pages = reportPages();
  for (let n = 4; pages.length < REPORT_PAGE_COUNT; n++) pages.push(fillerPage(n));
  if (!options.revised) return pages;
  const notice: DocPage = {
    label: 'Notice',
    paragraphs: [
      'Notice: this report was revised on April 13, 2022, after an independent referencing review. The changes are not material to the findings.',
    ],
  };
  return [notice, ...pages];
}

/** Not the report: the same layout, with only two of the report's own passages. */
export function notTheReportPages(): DocPage[] {
  const t = ONLY_IN_FULL_TEXT;
  return [
    { label: '1', paragraphs: ['Press coverage', curated('r001'), t.detention, t.hearings] },
    { label: '2', paragraphs: [curated('r005'), t.spanA, t.spanB] },
    { label: '3', paragraphs: [t.crossPage2, t.footnote1] },
  ];
}

function words(paragraph: string): string[] {
  return paragraph.replace(/→$/, '').split(/\s+/).filter(Boolean);
}

/** Greedy line wrap; "imple|mentation" forces a hyphenated break inside the word. */
function wrap(paragraph: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words(paragraph)) {
    if (word.includes('|')) {
      const [head, tail] = word.split('|');
      lines.push(line ? `${line} ${head}-` : `${head}-`);
      line = tail ?? '';
      continue;
    }
    const candidate = line ? `${line} ${word}` : word;
    if (line && !fits(candidate.replace(/\{fn\d+\}/g, ''))) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** pdftotext-style: header line, body lines, footnotes, page number, pages ended by form feeds. */
export function toFormFeedText(pages: DocPage[]): string {
  return pages
    .map((page) => {
      const body = page.paragraphs.flatMap((p) => wrap(p, (l) => l.length <= 90));
      const notes = (page.footnotes ?? []).flatMap((f) => wrap(`${f.n} ${f.text}`, (l) => l.length <= 100));
      const lines = [
        HEADER,
        '',
        ...body.map((l) => l.replace(/\{fn(\d+)\}/g, '$1')),
        '',
        ...notes,
        '',
        page.label,
      ];
      return `${lines.join('\n')}\n\f`;
    })
    .join('');
}

export interface PdfOptions {
  /** Write a /PageLabels table with each page's label (default true). */
  labels?: boolean;
  /** Print the running header and page numbers (default true). */
  furniture?: boolean;
}

const PAGE = { width: 612, height: 792, margin: 72 };
const SIZE = 10;
const LEADING = 13;

function drawLine(pdfPage: ReturnType<PDFDocument['addPage']>, font: PDFFont, text: string, y: number): void {
  let x = PAGE.margin;
  // Footnote markers are drawn as small raised digits, the way reports print them.
  for (const part of text.split(/(\{fn\d+\})/)) {
    const marker = /^\{fn(\d+)\}$/.exec(part);
    if (marker?.[1]) {
      pdfPage.drawText(marker[1], { x, y: y + 4, size: 6, font });
      x += font.widthOfTextAtSize(marker[1], 6);
    } else if (part) {
      pdfPage.drawText(part, { x, y, size: SIZE, font });
      x += font.widthOfTextAtSize(part, SIZE);
    }
  }
}

export async function toPdf(pages: DocPage[], options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const fits = (line: string) => font.widthOfTextAtSize(line, SIZE) <= PAGE.width - 2 * PAGE.margin;
  for (const page of pages) {
    const pdfPage = doc.addPage([PAGE.width, PAGE.height]);
    if (options.furniture !== false) {
      pdfPage.drawText(HEADER, { x: PAGE.margin, y: PAGE.height - 40, size: 8, font });
      pdfPage.drawText(page.label, { x: PAGE.width / 2, y: 30, size: 9, font });
    }
    let y = PAGE.height - PAGE.margin;
    for (const paragraph of page.paragraphs) {
      for (const line of wrap(paragraph, fits)) {
        drawLine(pdfPage, font, line, y);
        y -= LEADING;
      }
      if (!paragraph.endsWith('→')) y -= LEADING / 2;
    }
    let fy = 60 + (page.footnotes?.length ?? 0) * 10;
    for (const note of page.footnotes ?? []) {
      for (const line of wrap(`${note.n} ${note.text}`, (l) => font.widthOfTextAtSize(l, 8) <= 468)) {
        pdfPage.drawText(line, { x: PAGE.margin, y: fy, size: 8, font });
        fy -= 10;
      }
    }
  }
  if (options.labels !== false) {
    // Roman numerals for the front matter, then decimal from 1: how reports number their pages.
    const firstArabic = pages.findIndex((p) => /^\d+$/.test(p.label));
    const nums: unknown[] = [0, { S: firstArabic === 0 ? 'D' : 'r' }];
    if (firstArabic > 0) nums.push(firstArabic, { S: 'D', St: Number(pages[firstArabic]?.label ?? 1) });
    doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums as never }));
  }
  return doc.save({ useObjectStreams: false });
}

/** A PDF whose pages are pictures only: rectangles, no text (what a scan looks like to a text extractor). */
export async function scannedPdf(pageCount = 3): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pageCount; i++) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    for (let row = 0; row < 40; row++)
      page.drawRectangle({ x: 72, y: 700 - row * 15, width: 400, height: 8 });
  }
  return doc.save();
}

/**
 * A PDF encrypted with the standard security handler and a user password: pdfjs asks for the password.
 * pdf-lib cannot encrypt, so the /Encrypt entry is written by hand; its /U does not match an empty password.
 */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('secret', { x: 72, y: 700, size: 12, font });
  const hex32 = (seed: number) =>
    PDFHexString.of(
      Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join(''),
    );
  const encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: -44 });
  encrypt.set(PDFName.of('O'), hex32(11));
  encrypt.set(PDFName.of('U'), hex32(97));
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([hex32(5), hex32(5)]);
  return doc.save({ useObjectStreams: false });
}

/** Not a PDF inside, though named like one. */
export function corruptPdf(): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}\n%%EOF\n`);
}
