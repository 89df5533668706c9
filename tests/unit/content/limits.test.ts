// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { type ReadPage, scanBlocks, withinArticleLimits } from '@/entrypoints/content/locate';
import { ARTICLE_LIMITS } from '@/lib/limits';
import type { ArticleBlock } from '@/lib/types';
import { requestSchemas } from '@/utils/messaging/protocol';

const block = (text: string): ArticleBlock => ({ text, kind: 'p' });

function message(kept: Pick<ReadPage, 'blocks' | 'live'>) {
  const page: ReadPage = { title: null, container: null, omitted: { blocks: 0, chars: 0 }, ...kept };
  return { url: 'https://news.example/', title: 'T', blocks: scanBlocks(page) };
}

it('keeps a hostile page from breaking the one matchQuotes message of a scan', () => {
  const el = document.createElement('p');
  const blocks = [
    block('x'.repeat(ARTICLE_LIMITS.blockChars + 1)),
    block('“A normal quotation,” she said.'),
    ...Array.from({ length: ARTICLE_LIMITS.blocks + 100 }, (_, i) => block(`Paragraph ${i}.`)),
  ];
  const kept = withinArticleLimits(
    blocks,
    blocks.map(() => el),
  );
  expect(kept.blocks).toHaveLength(ARTICLE_LIMITS.blocks);
  expect(kept.live).toHaveLength(ARTICLE_LIMITS.blocks);
  expect(kept.blocks[0]?.text).toBe('“A normal quotation,” she said.');
  // What was left out is counted, for the reader: the over-long block and the blocks past the cap.
  const length = (list: readonly ArticleBlock[]) => list.reduce((n, b) => n + b.text.length, 0);
  expect(kept.omitted).toEqual({
    blocks: blocks.length - ARTICLE_LIMITS.blocks,
    chars: length(blocks) - length(kept.blocks),
  });
  expect(requestSchemas.matchQuotes.safeParse(message(kept)).success).toBe(true);
  // The schema really holds these limits: one block more is rejected.
  const over = { blocks: [...kept.blocks, block('one more')], live: [...kept.live, el] };
  expect(requestSchemas.matchQuotes.safeParse(message(over)).success).toBe(false);
});

it('stops at the character cap and keeps each kept block paired with its own live element', () => {
  const big = 'y'.repeat(ARTICLE_LIMITS.blockChars);
  const count = Math.ceil(ARTICLE_LIMITS.chars / big.length) + 3;
  const live = Array.from({ length: count }, (_, i) => (i % 2 ? document.createElement('p') : null));
  const kept = withinArticleLimits(
    Array.from({ length: count }, () => block(big)),
    live,
  );
  expect(kept.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(ARTICLE_LIMITS.chars);
  expect(kept.live).toEqual(live.slice(0, kept.blocks.length));
  expect(requestSchemas.matchQuotes.safeParse(message(kept)).success).toBe(true);
  const one = message({ blocks: [...kept.blocks, block('z')], live: [...kept.live, null] });
  expect(requestSchemas.matchQuotes.safeParse(one).success).toBe(false);
  expect(scanBlocks({ title: null, container: null, ...kept }).map((b) => b.onPage)).toEqual(
    kept.live.map((l) => l !== null),
  );
});
