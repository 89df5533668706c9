import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { withFullText } from '@/lib/fulltext/merge';
import { loadFullTextForCli } from '@/scripts/cli/full-text';
import { notTheReportPages, reportPages, toFormFeedText, toPdf } from './documents';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-fulltext-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadFullTextForCli', () => {
  it('loads a PDF and a pdftotext file into the same sentences and pages', async () => {
    writeFileSync(join(dir, 'report.pdf'), await toPdf(reportPages()));
    writeFileSync(join(dir, 'report.txt'), toFormFeedText(reportPages()));
    const pdf = await loadFullTextForCli(join(dir, 'report.pdf'));
    const txt = await loadFullTextForCli(join(dir, 'report.txt'));
    expect(pdf.passages.map((p) => [p.text, p.page])).toEqual(txt.passages.map((p) => [p.text, p.page]));
    // The version is the hash of the file's bytes (pdfjs must not have consumed them first).
    const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(pdf.source.version).toBe(sha(join(dir, 'report.pdf')));
    expect(txt.source.version).toBe(sha(join(dir, 'report.txt')));
    expect(pdf.curatedPages.r008).toBe('2');

    const merged = withFullText(bundledCorpus, pdf);
    expect(merged.sources.filter((s) => s.fullTextOf)).toHaveLength(1);
    expect(merged.passages.find((p) => p.id === 'r008')?.page).toBe('2');
    expect(merged.passages.length).toBe(bundledCorpus.passages.length + pdf.passages.length);
  });

  it('refuses a 50 MB file from its size alone', async () => {
    const big = join(dir, 'big.pdf');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024); // sparse: no 50 MB written
    await expect(loadFullTextForCli(big)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('refuses a file that is not the report and a missing file', async () => {
    writeFileSync(join(dir, 'article.txt'), toFormFeedText(notTheReportPages()));
    await expect(loadFullTextForCli(join(dir, 'article.txt'))).rejects.toMatchObject({
      code: 'not-the-report',
    });
    await expect(loadFullTextForCli(join(dir, 'missing.txt'))).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringContaining('Cannot read the full text'),
    });
  });
});
