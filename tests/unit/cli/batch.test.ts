/**
 * `--jsonl` batch mode: one output line per input line, in order, each with exactly the `--json` quote
 * shape; a bad line gives {id, error} and the run goes on; stdin works like a file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../../data/corpus';
import { buildIndex } from '../../../lib/match';
import { parseArgs } from '../../../scripts/cli/args';
import { batchLines, checkLine } from '../../../scripts/cli/batch';
import { EXIT } from '../../../scripts/cli/errors';
import { runCli } from '../../../scripts/cli/run';
import { QUOTE_KEYS, runCheck } from './spawn';

const line = (value: unknown) => JSON.stringify(value);
const SESSIONS = '“We need to take away children,” Sessions said.\n\nThat was in May.';
const ROE =
  'The agency replied at once.\n\n“Nothing like it ever happened here,” said Jane Roe, a spokeswoman.';
const PAGE =
  '<!doctype html><html><head><title>A page</title></head><body><article><h1>A page</h1>' +
  '<p>The hearing ran long, and the committee asked for the records again before the vote.</p>' +
  '<p>“We will read every page of it,” the chairwoman said after the hearing on Tuesday.</p>' +
  '</article></body></html>';

async function runInProcess(argv: string[], stdin?: string) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: () => Buffer.from(stdin ?? ''),
  });
  const lines = () =>
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  return { code, out, err, lines: argv.includes('--jsonl') ? lines() : [] };
}

describe('--jsonl command line', () => {
  it('takes a file or - and implies JSON', () => {
    expect(parseArgs(['--jsonl', 'a.jsonl'])).toEqual({
      json: true,
      fullText: null,
      sources: [],
      input: 'a.jsonl',
      batch: true,
    });
    expect(parseArgs(['--jsonl=-', '--full-text', 'r.pdf'])).toMatchObject({ input: '-', batch: true });
    expect(() => parseArgs(['--jsonl'])).toThrowError(expect.objectContaining({ exitCode: EXIT.usage }));
    expect(() => parseArgs(['--jsonl', 'a.jsonl', 'b.txt'])).toThrowError(
      expect.objectContaining({ exitCode: EXIT.usage }),
    );
  });

  it('reads lines, a final line break ending the last one', () => {
    expect(batchLines('a\r\nb\n')).toEqual(['a', 'b']);
    expect(batchLines('a\n\nb')).toEqual(['a', '', 'b']);
    expect(batchLines('')).toEqual([]);
  });
});

describe('--jsonl in process', () => {
  it('gives one line per input line, in order, with the --json quote shape', async () => {
    const input = [
      line({ id: 'z-last-alphabetically', text: ROE }),
      line({ id: 'a', text: SESSIONS }),
      line({ id: 'page', html: PAGE }),
      line({ id: 'none', text: 'No quotation in this one.' }),
    ].join('\n');
    const run = await runInProcess(['--jsonl', '-'], `${input}\n`);
    expect(run.code).toBe(EXIT.ok);
    expect(run.out.endsWith('\n')).toBe(true);
    expect(run.lines.map((l) => l.id)).toEqual(['z-last-alphabetically', 'a', 'page', 'none']);
    for (const l of run.lines) {
      expect(Object.keys(l)).toEqual(['id', 'title', 'quotes']);
      for (const q of l.quotes) expect(Object.keys(q)).toEqual(QUOTE_KEYS);
    }
    expect(run.lines[0].quotes[0]).toMatchObject({ attributedTo: 'Jane Roe', status: 'not-found' });
    expect(run.lines[1].quotes[0]).toMatchObject({
      quote: 'We need to take away children,',
      status: 'verified',
      attributedTo: 'Sessions',
    });
    expect(run.lines[2].title).toBe('A page');
    expect(run.lines[2].quotes[0]).toMatchObject({ attributedTo: 'the chairwoman' });
    expect(run.lines[3]).toEqual({ id: 'none', title: null, quotes: [] });
  });

  it('gives the same quotations as --json on the same article', async () => {
    const single = await runInProcess(['--json', '-'], SESSIONS);
    const batch = await runInProcess(['--jsonl', '-'], line({ id: 'x', text: SESSIONS }));
    expect(batch.lines[0]).toEqual({ id: 'x', ...JSON.parse(single.out) });
  });

  it('answers a bad line with {id, error} and goes on', async () => {
    const input = [
      'not json at all',
      line({ id: 'ok-1', text: SESSIONS }),
      line(['an', 'array']),
      line({ text: SESSIONS }),
      line({ id: 'both', text: 'x', html: '<p>x</p>' }),
      line({ id: 'number', text: 42 }),
      '',
      line({ id: 'blank', text: '   ' }),
      line({ id: 'no-article', html: '<html><body></body></html>' }),
      line({ id: 'ok-2', text: ROE }),
    ].join('\n');
    const run = await runInProcess(['--jsonl', '-'], input);
    expect(run.code).toBe(EXIT.ok);
    expect(run.lines).toHaveLength(10);
    const [json, ok1, array, noId, both, number, empty, blank, noArticle, ok2] = run.lines;
    for (const bad of [json, array, noId, empty]) expect(Object.keys(bad)).toEqual(['id', 'error']);
    expect(json.id).toBeNull();
    expect(json.error).toMatch(/not JSON/);
    expect(array.error).toMatch(/expected an object/);
    expect(noId.error).toMatch(/"id"/);
    expect(both).toEqual({ id: 'both', error: expect.stringMatching(/exactly one of "text"/) });
    expect(number).toEqual({ id: 'number', error: expect.stringMatching(/"text" must be a string/) });
    expect(empty.error).toMatch(/empty line/);
    expect(blank).toEqual({ id: 'blank', error: expect.stringMatching(/is empty/) });
    expect(noArticle).toEqual({ id: 'no-article', error: expect.stringMatching(/No article found/) });
    expect(ok1.quotes[0].attributedTo).toBe('Sessions');
    expect(ok2.quotes[0].attributedTo).toBe('Jane Roe');
  });

  it('exits 3 when the batch file is missing, before any output', async () => {
    const run = await runInProcess(['--jsonl', join(tmpdir(), 'verbatim-no-such-batch.jsonl')]);
    expect(run.code).toBe(EXIT.unreadable);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/no such file/);
  });

  it('checks each line against one index', () => {
    const index = buildIndex(bundledCorpus);
    const a = checkLine(line({ id: 'a', text: SESSIONS }), 1, index);
    const b = checkLine(line({ id: 'a', text: SESSIONS }), 2, index);
    expect(a).toEqual(b);
  });
});

describe('npm run check -- --jsonl (spawned)', { timeout: 90_000 }, () => {
  const input = `${[line({ id: 'one', text: SESSIONS }), '{oops', line({ id: 'two', html: PAGE })].join('\n')}\n`;

  it('reads a file and stdin alike', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'verbatim-batch-')), 'drafts.jsonl');
    writeFileSync(path, input);
    const file = await runCheck(['--jsonl', path]);
    expect(file.stderr).toBe('');
    expect(file.code).toBe(0);
    const lines = file.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, 'error' in l])).toEqual([
      ['one', false],
      [null, true],
      ['two', false],
    ]);
    const piped = await runCheck(['--jsonl', '-'], input);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(file.stdout);
  });
});
