// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BadgeLayer } from '@/entrypoints/content/badges';
import { closeCard } from '@/entrypoints/content/card-host';
import type { LocatedQuote } from '@/entrypoints/content/locate';
import type { MatchResult } from '@/lib/types';
import type { ScanResponse } from '@/utils/messaging/protocol';
import { corpusInfo, passage, result, source } from '../card/fixtures';
import { locateArticle } from './locate-article';

const seedHtml = readFileSync(resolve(process.cwd(), 'tests/fixtures/seed-article.html'), 'utf8');

/** Closed shadow roots, captured as they are attached so the test can look inside (page code cannot). */
let roots: Array<{ host: Element; root: ShadowRoot }> = [];
beforeEach(() => {
  document.open();
  document.write(seedHtml);
  document.close();
  roots = [];
  const real = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = real.call(this, init);
    roots.push({ host: this, root });
    return root;
  });
});
afterEach(() => {
  closeCard();
  vi.restoreAllMocks();
});

const rootOf = (host: Element) => roots.find((r) => r.host === host)?.root;

function respond(quotes: readonly LocatedQuote[], pick: (q: LocatedQuote) => MatchResult): ScanResponse {
  return {
    quotes: quotes.map((q) => q.quote),
    results: quotes.map(pick),
    passages: { r008: passage('r008'), r036: passage('r036') },
    sources: { 'oig-21-028': source('oig-21-028') },
    corpus: corpusInfo(),
    badges: true,
  };
}

const byQuote = (q: LocatedQuote): MatchResult => {
  if (q.quote.quote === 'driving force') return result({ passageIds: ['r008'], source: 'oig-21-028' });
  if (q.quote.quote.startsWith('The Western District'))
    return result({ passageIds: ['r036'], source: 'oig-21-028', evidence: 'single-source' });
  return result({ status: 'not-found', coverage: 0 });
};

describe('BadgeLayer', () => {
  it('inserts one closed-shadow badge after each quotation with data-status, data-quote and data-passages', () => {
    const located = locateArticle(document)?.quotes ?? [];
    const layer = new BadgeLayer(async () => 'saved');
    const inserted = layer.apply(located, respond(located, byQuote));
    const hosts = [...document.querySelectorAll('verbatim-badge')] as HTMLElement[];
    expect(inserted).toBe(hosts.length);
    // The body's “driving force” (the headline quotes it too, and is badged in its own place).
    const driving = hosts.find((h) => h.dataset.quote === 'driving force' && !h.closest('h1'));
    expect(driving?.dataset.status).toBe('verified');
    expect(driving?.dataset.passages).toBe('r008');
    expect(driving?.previousSibling?.textContent?.endsWith('driving force”')).toBe(true);
    expect(driving?.shadowRoot).toBeNull();
    const button = rootOf(driving as Element)?.querySelector('button');
    // The badge names the document by its short name, in its text and its accessible name.
    expect(button?.getAttribute('aria-label')).toBe('Verbatim: Verified, in OIG 21-028 — show why');
    expect(button?.querySelector('.vb-label')?.textContent).toBe('Verified');
    expect(button?.querySelector('.vb-doc')?.textContent).toBe('· OIG 21-028');
    const western = hosts.find((h) => h.dataset.quote?.startsWith('The Western District'));
    expect(rootOf(western as Element)?.querySelector('button')?.textContent).toContain('1 source');
    // A quotation found nowhere names no document.
    const absent = hosts.find((h) => h.dataset.status === 'not-found');
    expect(rootOf(absent as Element)?.querySelector('.vb-doc')).toBeNull();
  });

  it('does not badge a one- or two-word fragment that is in no source (a scare quote)', () => {
    const located = locateArticle(document)?.quotes ?? [];
    const layer = new BadgeLayer(async () => 'saved');
    layer.apply(located, respond(located, byQuote));
    const quotes = [...document.querySelectorAll<HTMLElement>('verbatim-badge')].map((h) => h.dataset.quote);
    expect(quotes).not.toContain('zero tolerance');
    expect(quotes).toContain(
      'The barbaric family separation practice was immoral and illegal. At a minimum, Justice Department lawyers should have known the latter. This new report shows just how far the Trump administration was willing to go to destroy these families,',
    );
  });

  it('a second scan of the same page adds no duplicates and keeps indexes current', () => {
    const layer = new BadgeLayer(async () => 'saved');
    const first = locateArticle(document)?.quotes ?? [];
    layer.apply(first, respond(first, byQuote));
    const count = document.querySelectorAll('verbatim-badge').length;
    const second = locateArticle(document)?.quotes ?? [];
    expect(second.map((q) => q.quote.quote)).toEqual(first.map((q) => q.quote.quote));
    expect(layer.apply(second, respond(second, byQuote))).toBe(0);
    expect(document.querySelectorAll('verbatim-badge')).toHaveLength(count);
    const index = second.findIndex((q) => q.quote.quote === 'driving force');
    expect(layer.byIndex(index)?.quote).toBe('driving force');
  });

  it('puts each of several quotations in one paragraph right after its own closing mark', () => {
    const located = locateArticle(document)?.quotes ?? [];
    const layer = new BadgeLayer(async () => 'saved');
    const gelernt = located.filter((q) => q.quote.attributedTo === 'Lee Gelernt');
    expect(gelernt).toHaveLength(2);
    expect(gelernt[0]?.block).toBe(gelernt[1]?.block);
    const paragraph = gelernt[0]?.block as Element;
    const before = paragraph.textContent;
    layer.apply(located, respond(located, byQuote));
    expect(paragraph.textContent).toBe(before);
    const hosts = [...paragraph.querySelectorAll('verbatim-badge')];
    expect(hosts).toHaveLength(2);
    for (const host of hosts) expect(host.previousSibling?.textContent?.endsWith('”')).toBe(true);
    expect(hosts[0]?.nextSibling?.textContent?.startsWith(' said Lee Gelernt')).toBe(true);
  });

  it('clear() removes every badge', () => {
    const layer = new BadgeLayer(async () => 'saved');
    const located = locateArticle(document)?.quotes ?? [];
    layer.apply(located, respond(located, byQuote));
    layer.clear();
    expect(document.querySelectorAll('verbatim-badge')).toHaveLength(0);
  });

  it('opens the card as a dialog in a closed root; Save reaches the saver; Esc closes and focus returns to the badge', async () => {
    const save = vi.fn(async (_entry: unknown) => 'Saved to your library.');
    const layer = new BadgeLayer(save);
    const located = locateArticle(document)?.quotes ?? [];
    layer.apply(located, respond(located, byQuote));
    const host = document.querySelector<HTMLElement>(
      'verbatim-badge[data-quote="driving force"]',
    ) as HTMLElement;
    const button = rootOf(host)?.querySelector('button') as HTMLButtonElement;
    button.click();
    const card = document.querySelector<HTMLElement>('verbatim-card');
    expect(card?.dataset.status).toBe('verified');
    expect(card?.shadowRoot).toBeNull();
    const dialog = rootOf(card as Element)?.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.textContent).toContain('The OIG found that the OAG advocated');
    expect(rootOf(card as Element)?.activeElement).toBe(dialog);
    const saveButton = [...dialog.querySelectorAll('button')].find(
      (b) => b.textContent === 'Save',
    ) as HTMLButtonElement;
    saveButton.click();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toMatchObject({
      quote: 'driving force',
      index: located.findIndex((q) => q.quote.quote === 'driving force'),
    });
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('verbatim-card')).toBeNull();
    expect(document.activeElement).toBe(host);
    expect(rootOf(host)?.activeElement).toBe(button);
  });
});

describe('card dismissal', () => {
  it('a click outside closes the card without pulling focus back to the badge', () => {
    const layer = new BadgeLayer(async () => 'saved');
    const located = locateArticle(document)?.quotes ?? [];
    layer.apply(located, respond(located, byQuote));
    const host = document.querySelector<HTMLElement>(
      'verbatim-badge[data-quote="driving force"]',
    ) as HTMLElement;
    const badgeButton = rootOf(host)?.querySelector('button');
    badgeButton?.click();
    expect(document.querySelector('verbatim-card')).not.toBeNull();
    const field = document.querySelector('input[type="email"]') as HTMLInputElement;
    field.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    expect(document.querySelector('verbatim-card')).toBeNull();
    expect(document.activeElement).not.toBe(host);
  });
});

describe('BadgeLayer against the page', () => {
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('every host carries data-verbatim and data-attribution, besides status, quote and passages', () => {
    const located = locateArticle(document)?.quotes ?? [];
    new BadgeLayer(async () => 'saved').apply(located, respond(located, byQuote));
    const hosts = [...document.querySelectorAll<HTMLElement>('verbatim-badge')];
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) {
      expect(h.dataset.verbatim).toBe('badge');
      expect(h.dataset.attribution).toMatch(/^(ok|mismatch|unknown)$/);
    }
  });

  it('removes look-alikes the page drew, and puts back a genuine badge the page moved, relabelled or removed', async () => {
    const fake = document.createElement('span');
    fake.dataset.verbatim = 'badge';
    fake.dataset.status = 'verified';
    document.querySelector('article p')?.append(fake);
    const located = locateArticle(document)?.quotes ?? [];
    const layer = new BadgeLayer(async () => 'saved');
    layer.apply(located, respond(located, byQuote));
    expect(fake.isConnected).toBe(false);
    const hosts = [...document.querySelectorAll<HTMLElement>('verbatim-badge')];
    const verified = hosts.find((h) => h.dataset.status === 'verified') as HTMLElement;
    const notFound = hosts.find((h) => h.dataset.status === 'not-found') as HTMLElement;
    const before = verified.previousSibling;
    notFound.dataset.status = 'verified';
    await settle();
    expect(notFound.dataset.status).toBe('not-found');
    notFound.replaceWith(verified);
    const later = document.createElement('verbatim-badge');
    document.body.append(later);
    await settle();
    expect(verified.previousSibling).toBe(before);
    expect(notFound.isConnected).toBe(true);
    expect(later.isConnected).toBe(false);
    expect(layer.count).toBe(hosts.length);
    layer.clear();
    await settle();
    expect(document.querySelectorAll('verbatim-badge, [data-verbatim="badge"]')).toHaveLength(0);
  });

  it('a badge the page keeps taking away is left out after a few repairs', async () => {
    const located = locateArticle(document)?.quotes ?? [];
    const layer = new BadgeLayer(async () => 'saved');
    layer.apply(located, respond(located, byQuote));
    const host = document.querySelector('verbatim-badge') as HTMLElement;
    const count = layer.count;
    host.remove();
    await settle();
    expect(host.isConnected).toBe(true);
    for (let i = 0; i < 5; i++) {
      host.remove();
      await settle();
    }
    expect(host.isConnected).toBe(false);
    expect(layer.count).toBe(count - 1);
  });

  it('on a page that defined verbatim-badge itself, hosts are plain elements the definition cannot touch', () => {
    const constructed = vi.fn();
    customElements.define(
      'verbatim-badge',
      class extends HTMLElement {
        constructor() {
          super();
          constructed();
        }
      },
    );
    const located = locateArticle(document)?.quotes ?? [];
    new BadgeLayer(async () => 'saved').apply(located, respond(located, byQuote));
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-verbatim="badge"]')];
    expect(hosts.length).toBeGreaterThan(1);
    expect(hosts.every((h) => h.localName === 'span' && h.dataset.status && h.dataset.quote)).toBe(true);
    expect(document.querySelectorAll('verbatim-badge')).toHaveLength(0);
    // Found out once, from one probe element, then never asked again.
    expect(constructed).toHaveBeenCalledTimes(1);
  });
});
