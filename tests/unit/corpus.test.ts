import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { corpusHash } from '@/lib/corpus/hash';
import { validateCorpus } from '@/lib/corpus/schema';
import { buildCorpus } from '@/scripts/build-corpus';

const clone = () => structuredClone(bundledCorpus);

describe('bundled corpus', () => {
  it('passes the schema, every row', () => {
    expect(validateCorpus(bundledCorpus)).toEqual({ ok: true });
  });

  it('holds every line of data/passages.jsonl with its id, and data/corpus.json is not stale', async () => {
    const lines = readFileSync(resolve(process.cwd(), 'data/passages.jsonl'), 'utf8').trim().split('\n');
    expect(bundledCorpus.passages.map((p) => p.id)).toEqual(lines.map((l) => JSON.parse(l).id));
    expect(await buildCorpus()).toEqual(bundledCorpus);
  });

  it('carries a hash of its content', async () => {
    const { hash, ...content } = bundledCorpus;
    expect(await corpusHash(content)).toBe(hash);
  });

  it.each([
    [
      'an unknown source',
      (c: ReturnType<typeof clone>) => Object.assign(c.passages[3]!, { source: 'nope' }),
      /unknown source/,
    ],
    [
      'empty text',
      (c: ReturnType<typeof clone>) => Object.assign(c.passages[5]!, { text: '  ' }),
      /passages\.5\.text/,
    ],
    [
      'an evidence level outside the fixed set',
      (c: ReturnType<typeof clone>) => Object.assign(c.passages[7]!.evidence, { level: 'rumour' }),
      /passages\.7\.evidence\.level/,
    ],
    [
      'an evidence source without a URL',
      (c: ReturnType<typeof clone>) =>
        Object.assign(c.passages[9]!.evidence.sources[0]!, { url: 'not a url' }),
      /passages\.9\.evidence\.sources\.0\.url/,
    ],
    [
      'no evidence sources',
      (c: ReturnType<typeof clone>) => Object.assign(c.passages[2]!.evidence, { sources: [] }),
      /passages\.2\.evidence\.sources/,
    ],
    [
      'a duplicate id',
      (c: ReturnType<typeof clone>) => Object.assign(c.passages[1]!, { id: c.passages[0]!.id }),
      /duplicate id/,
    ],
  ])('rejects a row with %s', (_, corrupt, message) => {
    const corpus = clone();
    corrupt(corpus);
    const result = validateCorpus(corpus);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(message);
  });
});
