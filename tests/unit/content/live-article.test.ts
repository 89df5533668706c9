// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { LiveArticle } from '@/entrypoints/content/live-article';
import { pairWithPage } from '@/lib/article/page';
import type { ExtractedQuote } from '@/lib/types';

afterEach(() => {
  document.body.textContent = '';
});

/** An article on the live page, paired as after a first scan, with a watcher feeding it records. */
function livePage(paragraphs: string[]) {
  document.body.innerHTML = `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}<div id="live"></div></article>`;
  const blocks = paragraphs.map((text) => ({ text, kind: 'p' as const }));
  const page = pairWithPage({ title: null, blocks }, document);
  if (!page) throw new Error('not paired');
  const live = new LiveArticle(page);
  const observer = new MutationObserver((records) => live.note(records));
  observer.observe(page.container as Element, { childList: true, subtree: true, characterData: true });
  const settle = async () => {
    await Promise.resolve();
    live.note(observer.takeRecords());
  };
  return { page, live, settle, p: (i: number) => document.querySelectorAll('p')[i] as HTMLElement };
}

const quoteIn = (text: string, blockStart: number): ExtractedQuote => {
  const open = text.indexOf('“');
  const close = text.indexOf('”') + 1;
  return {
    quote: text.slice(open + 1, close - 1),
    start: blockStart + open + 1,
    end: blockStart + close - 1,
    after: blockStart + close,
    fragment: false,
    attributedTo: null,
    form: 'marks',
    unclosed: false,
  };
};

it('reads only the changed block, and sends nothing for a change without quotation marks', async () => {
  const { page, live, settle, p } = livePage([
    'Updated 1 s ago',
    '“We did it,” she said.',
    'Plain words here.',
  ]);
  p(0).textContent = 'Updated 2 s ago';
  await settle();
  expect(live.take()).toBe(false);
  expect(page.blocks[0]?.text).toBe('Updated 2 s ago');
  expect(live.take()).toBe(false); // nothing noted since
});

it('matches again when text with a quotation mark changes', async () => {
  const { live, settle, p } = livePage(['Intro.', '“We did it,” she said.']);
  p(1).textContent = '“We did not do it,” she said.';
  await settle();
  expect(live.take()).toBe(true);
});

it('matches again when a block inside or next to a quotation changes, marks or not', async () => {
  const texts = [
    'Intro words.',
    '“We did it,” she said.',
    'She said this later.',
    'Far away words.',
    'More words.',
  ];
  const { live, settle, p } = livePage(texts);
  const start = texts[0]!.length + 2; // BLOCK_SEPARATOR
  live.quoted([quoteIn(texts[1]!, start)]);
  p(2).textContent = 'Sessions said this later.';
  await settle();
  expect(live.take()).toBe(true);
  p(4).textContent = 'Other words.';
  await settle();
  expect(live.take()).toBe(false);
});

it('adds a new paragraph in document order and matches again when it quotes', async () => {
  const { page, live, settle } = livePage(['First.', 'Second.']);
  const added = document.createElement('p');
  added.textContent = 'Update: “A new quotation,” he said.';
  document.getElementById('live')?.append(added);
  await settle();
  expect(live.take()).toBe(true);
  expect(page.blocks.map((b) => b.text)).toEqual([
    'First.',
    'Second.',
    'Update: “A new quotation,” he said.',
  ]);
  expect(page.live[2]).toBe(added);
  const quiet = document.createElement('p');
  quiet.textContent = 'No quotation here.';
  document.getElementById('live')?.append(quiet);
  await settle();
  expect(live.take()).toBe(false);
  expect(page.blocks).toHaveLength(4);
});

it('asks for the whole page again when most of the article is gone', async () => {
  const { live, settle } = livePage(['One.', 'Two.', 'Three.']);
  for (const p of [...document.querySelectorAll('p')].slice(0, 2)) p.remove();
  await settle();
  expect(live.take()).toBe('replaced');
});
