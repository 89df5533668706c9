// @vitest-environment jsdom

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type FrameSelection,
  readSelection,
  selectionInFrame,
} from '@/entrypoints/background/read-selection';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function selectText(text: string) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const all = nodes.map((n) => n.data).join('');
  const at = all.indexOf(text);
  let offset = 0;
  const point = (target: number): [Text, number] => {
    offset = 0;
    for (const n of nodes) {
      if (target <= offset + n.data.length) return [n, target - offset];
      offset += n.data.length;
    }
    throw new Error('outside');
  };
  const range = document.createRange();
  range.setStart(...point(at));
  range.setEnd(...point(at + text.length));
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

describe('selectionInFrame (runs in the page)', () => {
  it('returns the selection with its paragraph around it, across inline elements', () => {
    const p = document.createElement('p');
    const em = document.createElement('em');
    em.textContent = 'take away';
    p.append('The official said “We need to ', em, ' children,” in the\n   call.');
    const other = document.createElement('p');
    other.textContent = 'Another paragraph that is not context.';
    document.body.append(p, other);
    document.title = 'Story';
    selectText('We need to take away children,');
    const read = selectionInFrame();
    expect(read.text).toBe('We need to take away children,');
    expect(read.context).toBe('The official said “We need to take away children,” in the call.');
    expect(read.title).toBe('Story');
  });

  it('keeps at most 200 characters of context on each side', () => {
    const p = document.createElement('p');
    p.textContent = `${'a'.repeat(500)} the selected words ${'b'.repeat(500)}`;
    document.body.append(p);
    selectText('the selected words');
    const { context } = selectionInFrame();
    expect(context).toBe(`${'a'.repeat(199)} the selected words ${'b'.repeat(199)}`);
  });

  it('reads nothing when nothing is selected', () => {
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'text' }));
    getSelection()?.removeAllRanges();
    expect(selectionInFrame()).toMatchObject({ text: '', context: '' });
  });
});

describe('readSelection', () => {
  const frame = (frameId: number, result: Partial<FrameSelection>) => ({
    frameId,
    documentId: String(frameId),
    result: { text: '', context: '', title: `frame ${frameId}`, focused: false, ...result },
  });

  it('prefers the focused frame that holds a selection, and takes the title of the top frame', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      frame(0, { text: '' }),
      frame(3, { text: 'in an unfocused frame' }),
      frame(5, { text: 'in the focused frame', context: 'ctx', focused: true }),
    ] as never);
    expect(await readSelection(9)).toEqual({
      text: 'in the focused frame',
      context: 'ctx',
      title: 'frame 0',
      frameId: 5,
    });
  });

  it('asks only the given frame when the browser named it', async () => {
    const spy = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValue([frame(2, { text: 'words' })] as never);
    expect(await readSelection(9, 2)).toMatchObject({ text: 'words', frameId: 2 });
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 9, frameIds: [2] } }));
  });

  it('gives null where the page cannot be scripted', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(
      new Error('Cannot access a chrome:// URL'),
    );
    expect(await readSelection(9)).toBeNull();
  });
});
