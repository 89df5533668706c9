import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../../../scripts/cli/args';
import { loadArticle, textBlocks } from '../../../scripts/cli/article';
import { type CliError, EXIT } from '../../../scripts/cli/errors';
import { looksLikeHtml, readInput } from '../../../scripts/cli/input';
import { runCli } from '../../../scripts/cli/run';

function usageError(argv: string[]): CliError {
  try {
    parseArgs(argv);
  } catch (error) {
    return error as CliError;
  }
  throw new Error('expected a usage error');
}

describe('parseArgs', () => {
  it('reads flags in any order', () => {
    expect(parseArgs(['--json', 'a.html'])).toEqual({
      json: true,
      fullText: null,
      sources: [],
      input: 'a.html',
    });
    expect(parseArgs(['a.txt', '--full-text', 'r.pdf'])).toEqual({
      json: false,
      fullText: 'r.pdf',
      sources: [],
      input: 'a.txt',
    });
    expect(parseArgs(['--full-text=r.txt', '-'])).toEqual({
      json: false,
      fullText: 'r.txt',
      sources: [],
      input: '-',
    });
    expect(parseArgs(['--', '--odd-name.txt'])).toMatchObject({ input: '--odd-name.txt' });
    expect(parseArgs(['--help'])).toBe('help');
    expect(
      parseArgs(['--source', 'a.pdf', '--source-title', 'The ruling', '--source=b.txt', 'x.html']),
    ).toMatchObject({
      sources: [
        { path: 'a.pdf', title: 'The ruling' },
        { path: 'b.txt', title: null },
      ],
    });
  });

  it('refuses --source without a file and a --source-title that follows no --source', () => {
    for (const argv of [
      ['a.txt', '--source'],
      ['--source-title', 'T', 'a.txt'],
      ['--source', 'a.pdf', '--source-title', 'T', '--source-title', 'U', 'a.txt'],
    ]) {
      expect(usageError(argv).exitCode).toBe(EXIT.usage);
    }
  });

  it('refuses a missing input, two inputs, an unknown flag, --full-text without a file', () => {
    for (const argv of [[], ['a.txt', 'b.txt'], ['--verbose', 'a.txt'], ['a.txt', '--full-text']]) {
      expect(usageError(argv).exitCode).toBe(EXIT.usage);
    }
  });

  it('documents every exit code in the usage', () => {
    for (const code of Object.values(EXIT)) expect(USAGE).toMatch(new RegExp(`^\\s+${code}\\s`, 'm'));
  });
});

describe('text input', () => {
  it('splits paragraphs at blank lines and joins wrapped lines with a space', () => {
    expect(textBlocks('\uFEFFOne line\nwrapped here.\r\n\r\n  \nTwo\u00a0 words.\n\n\n')).toEqual([
      { text: 'One line wrapped here.', kind: 'p' },
      { text: 'Two words.', kind: 'p' },
    ]);
  });

  it('tells HTML from text by content', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('  <article><p>Hi</p></article>')).toBe(true);
    expect(looksLikeHtml('He said <b> is bold, and 3 < 4.')).toBe(false);
    expect(readInput('-', () => Buffer.from('<p>A “quote” here.</p>')).format).toBe('html');
    expect(readInput('-', () => Buffer.from('A “quote” here.')).format).toBe('text');
  });

  it('refuses blank stdin as empty', () => {
    expect(() => readInput('-', () => Buffer.from(' \n'))).toThrowError(
      expect.objectContaining({ exitCode: EXIT.empty }),
    );
  });

  it('gives text articles no title', () => {
    expect(loadArticle({ format: 'text', content: 'A.\n\nB.', name: 'x' })).toEqual({
      title: null,
      blocks: [
        { text: 'A.', kind: 'p' },
        { text: 'B.', kind: 'p' },
      ],
      head: [],
    });
  });
});

describe('runCli in process', () => {
  it('prints help with exit 0', async () => {
    let out = '';
    const code = await runCli(['-h'], { stdout: (t) => (out += t), stderr: () => {} });
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('Exit codes:');
  });

  it('reports an article without quotations as such', async () => {
    let out = '';
    const code = await runCli(['-'], {
      stdout: (t) => (out += t),
      stderr: () => {},
      stdin: () => Buffer.from('Nothing quoted here.\n\nNor here.'),
    });
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('No quotations found.');
  });
});
