// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { watchMutations } from '@/entrypoints/content/observer';
import { createShadowHost } from '@/entrypoints/content/shadow';

afterEach(() => {
  vi.useRealTimers();
  document.body.textContent = '';
});

const flush = () => new Promise((r) => setTimeout(r, 0));

it('debounces page mutations into one call', async () => {
  const onChange = vi.fn();
  const w = watchMutations(document.body, onChange, 30);
  for (let i = 0; i < 5; i++) {
    document.body.append(document.createElement('p'));
    await flush();
  }
  await new Promise((r) => setTimeout(r, 80));
  expect(onChange).toHaveBeenCalledTimes(1);
  w.stop();
});

it('ignores the badges and cards Verbatim inserts, and anything done while paused', async () => {
  const onChange = vi.fn();
  const w = watchMutations(document.body, onChange, 10);
  document.body.append(createShadowHost(document, 'badge', '', '').host);
  document.body.append(createShadowHost(document, 'card', '', '').host);
  await new Promise((r) => setTimeout(r, 50));
  expect(onChange).not.toHaveBeenCalled();
  w.pause(() => {
    const p = document.createElement('p');
    p.textContent = '“Quoted,” he said';
    document.body.append(p);
    (p.firstChild as Text).splitText(8);
  });
  await new Promise((r) => setTimeout(r, 50));
  expect(onChange).not.toHaveBeenCalled();
  document.body.append(document.createElement('p'));
  await new Promise((r) => setTimeout(r, 50));
  expect(onChange).toHaveBeenCalledTimes(1);
  w.stop();
});

it('counts a page-made look-alike of a host as a page change, not as Verbatim’s', async () => {
  const onChange = vi.fn();
  const w = watchMutations(document.body, onChange, 10);
  const fake = document.createElement('verbatim-badge');
  fake.dataset.verbatim = 'badge';
  document.body.append(fake);
  await new Promise((r) => setTimeout(r, 50));
  expect(onChange).toHaveBeenCalledTimes(1);
  w.stop();
});

it('stop() cancels a pending call', async () => {
  const onChange = vi.fn();
  const w = watchMutations(document.body, onChange, 20);
  document.body.append(document.createElement('p'));
  await flush();
  w.stop();
  await new Promise((r) => setTimeout(r, 50));
  expect(onChange).not.toHaveBeenCalled();
});

it('calls at the latest maxWaitMs after the first change while changes never pause', async () => {
  const onChange = vi.fn();
  const w = watchMutations(document.body, onChange, 40, { maxWaitMs: 120 });
  const p = document.createElement('p');
  document.body.append(p);
  // A change every 10 ms for 300 ms: never a 40 ms pause.
  for (let i = 0; i < 30; i++) {
    p.textContent = `tick ${i}`;
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(1);
  w.stop();
});

it('hands each batch of the page’s own mutations to onRecords, never Verbatim’s', async () => {
  const seen: MutationRecord[] = [];
  const w = watchMutations(document.body, () => {}, 10, { onRecords: (r) => seen.push(...r) });
  document.body.append(createShadowHost(document, 'badge', '', '').host);
  await flush();
  expect(seen).toHaveLength(0);
  const p = document.createElement('p');
  document.body.append(p);
  await flush();
  expect(seen.map((r) => r.type)).toEqual(['childList']);
  w.stop();
});
