import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { runCli } from '@/scripts/cli/run';
import { RULING_SENTENCES } from './helpers';
import { rulingPdf } from './ruling-pdf';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-sources-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPEECH_TITLE = 'Remarks of the Harbor Commissioner at the Port Authority Luncheon';
const SPEECH = [
  'We will finish the new breakwater before the autumn storms arrive, and we will do it within budget.',
  'No family on the waterfront should have to choose between their livelihood and their safety.',
];

async function check(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

interface Quote {
  quote: string;
  status: string;
  source: string | null;
  page: string | null;
  attribution: string;
  sourceTitle: string | null;
  notInTitle: string | null;
}

describe('npm run check -- --source FILE --source FILE', () => {
  it('matches against both documents, naming each, with report quotations on the same page', async () => {
    const ruling = join(dir, 'ruling.pdf');
    const speech = join(dir, 'speech.txt');
    writeFileSync(ruling, await rulingPdf());
    writeFileSync(speech, `${SPEECH_TITLE}\n\n${SPEECH.join(' ')}\n`);
    const report = bundledCorpus.passages.find((p) => p.id === 'r001')!.text;
    const reportQuote = report.slice(0, report.indexOf(' that the U.S.')); // "On April 6, 2018, … announced"
    const article = join(dir, 'article.html');
    writeFileSync(
      article,
      `<html><head><title>Three documents</title></head><body><article>` +
        `<p>${'Background on the harbor and the courts. '.repeat(15)}</p>` +
        `<p>The judge wrote that “${RULING_SENTENCES[1]}”</p>` +
        `<p>The commissioner promised: “${SPEECH[0]}”</p>` +
        `<p>The inspector general's report said: “${reportQuote}”</p>` +
        `<p>She added that “the harbor will be closed on Sundays for good measure and for no reason at all.”</p>` +
        `</article></body></html>`,
    );

    const before = await check(['--json', article]);
    expect(before.code).toBe(0);
    const without = JSON.parse(before.stdout).quotes as Quote[];
    expect(without.map((q) => q.status)).toEqual(['not-found', 'not-found', 'verified', 'not-found']);

    const run = await check([
      '--json',
      '--source',
      ruling,
      '--source-title',
      'Harbor Coalition v. Port Authority — Memorandum Opinion',
      '--source',
      speech,
      article,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const quotes = JSON.parse(run.stdout).quotes as Quote[];
    expect(quotes.map((q) => [q.status, q.sourceTitle, q.page])).toEqual([
      ['verified', 'Harbor Coalition v. Port Authority — Memorandum Opinion', '2'],
      ['verified', SPEECH_TITLE, '1'],
      ['verified', bundledCorpus.sources.find((s) => s.id === 'oig-21-028')!.title, without[2]!.page],
      ['not-found', null, null],
    ]);
    // sourceTitle and notInTitle are the last keys of each quotation (the contract adds fields at the end).
    expect(Object.keys(quotes[0]!).slice(-2)).toEqual(['sourceTitle', 'notInTitle']);
    expect(quotes[0]!.source).not.toBe(quotes[1]!.source);

    const table = await check(['--source', ruling, '--source', speech, article]);
    // Without --source-title a document is called by its first line.
    expect(table.stdout).toMatch(/Attribution\s+Document/);
    expect(table.stdout).toContain('Memorandum Opinion');
    expect(table.stdout).toContain('Remarks of the Harbor');
    expect(table.stdout).toContain('Report 21-028');
  });

  it('--source-speaker and --source-name attribute quotations to a --source: preferred there, "not in" it', async () => {
    const ruling = join(dir, 'ruling-2.pdf');
    const speech = join(dir, 'speech-2.txt');
    writeFileSync(ruling, await rulingPdf());
    writeFileSync(speech, `${SPEECH_TITLE}\n\n${SPEECH.join(' ')}\n`);
    const article = join(dir, 'attributed.html');
    writeFileSync(
      article,
      `<html><head><title>Two documents, attributed</title></head><body><article>` +
        `<p>${'Background on the harbor and the courts. '.repeat(15)}</p>` +
        `<p>Judge Alvarez wrote that “${RULING_SENTENCES[0]}”</p>` +
        `<p>Alvarez also wrote that “the port may keep dredging through the winter without any further review.”</p>` +
        `<p>The speech said that “${RULING_SENTENCES[2]}”</p>` +
        `<p>The commissioner said that “the port may keep dredging through the winter without any further review.”</p>` +
        `</article></body></html>`,
    );
    const argv = [
      '--source',
      ruling,
      '--source-title',
      'Harbor Coalition v. Port Authority',
      '--source-speaker',
      'Judge Maria Alvarez',
      '--source-short',
      'Harbor ruling',
      '--source',
      speech,
      '--source-name',
      'the speech',
      article,
    ];
    const run = await check(['--json', ...argv]);
    expect(run.stderr).toBe('');
    const quotes = JSON.parse(run.stdout).quotes as Quote[];
    expect(quotes.map((q) => [q.status, q.sourceTitle, q.notInTitle])).toEqual([
      ['verified', 'Harbor Coalition v. Port Authority', null],
      // Attributed to the ruling, a whole document: the words are known not to be in it.
      ['not-found', null, 'Harbor Coalition v. Port Authority'],
      // Attributed to the speech by its other name, found in the ruling: another document.
      ['elsewhere', 'Harbor Coalition v. Port Authority', null],
      // The commissioner is no speaker of either document: found nowhere, nothing more is claimed.
      ['not-found', null, null],
    ]);
    expect(quotes[0]!.attribution).toBe('ok');

    const table = await check(argv);
    // The table calls the document by its short name.
    expect(table.stdout).toContain('not in Harbor ruling');
    expect(table.stdout).toMatch(/verified\s.*Harbor ruling/);
    expect(table.stdout).toContain('not found in corpus');
  });

  it('--source-speaker and --source-name need a --source before them and a name', async () => {
    const article = join(dir, 'b.txt');
    writeFileSync(article, 'He said “something”.');
    expect((await check(['--source-speaker', 'Judge Alvarez', article])).code).toBe(2);
    expect((await check(['--source', article, '--source-name', ' ', article])).code).toBe(2);
    expect((await check(['--source-short', 'Harbor', article])).code).toBe(2);
  });

  it('a --source file that cannot be used ends the run with exit code 7', async () => {
    const article = join(dir, 'a.txt');
    writeFileSync(article, 'He said “something”.');
    const run = await check(['--source', join(dir, 'missing.pdf'), article]);
    expect(run.code).toBe(7);
    expect(run.stderr).toContain('Cannot read the source');
  });
});
