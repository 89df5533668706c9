// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/popup/PopupApp';
import type { PopupServices } from '@/components/popup/services';
import { bundledCorpus } from '@/data/corpus';
import type { Verdict } from '@/lib/types';
import type { CardData, TabScan } from '@/utils/domain';
import type { CheckResponse } from '@/utils/messaging/protocol';
import { makeRecord, makeResult } from '../library/records';

afterEach(cleanup);

const corpusInfo = { version: 'v', passageCount: 61, reportPassageCount: 39, hasFullText: false };
const passage = bundledCorpus.passages.find((p) => p.id === 'r001');
const cardData: CardData = {
  passages: passage ? { r001: passage } : {},
  sources: Object.fromEntries(bundledCorpus.sources.map((s) => [s.id, s])),
  corpus: corpusInfo,
};

function scan(statuses: Verdict[], over: Partial<TabScan> = {}): TabScan {
  return {
    url: 'https://news.example/story',
    title: 'The story',
    article: true,
    enabled: true,
    quotes: statuses.map((s, i) => ({ quote: `quote number ${i}`, result: makeResult(s) })),
    scannedAt: 1,
    ...over,
  };
}

function services(over: Partial<PopupServices> = {}): PopupServices {
  return {
    activeTab: vi.fn(async () => ({ id: 7, url: 'https://news.example/story', title: 'The story' })),
    getTabScan: vi.fn(async () => scan(['verified', 'altered', 'verified', 'not-found'])),
    saveTabScan: vi.fn(async () => ({ saved: 4 })),
    focusQuote: vi.fn(async () => true),
    checkText: vi.fn(
      async (text: string): Promise<CheckResponse> => ({
        ok: true,
        recordId: 12,
        quote: text,
        result: makeResult('verified'),
        ...cardData,
      }),
    ),
    isSiteEnabled: vi.fn(async () => true),
    setSiteEnabled: vi.fn(async () => undefined),
    recent: vi.fn(async (limit: number) =>
      Array.from({ length: limit }, (_, i) =>
        makeRecord({ id: i + 1, quote: `recent ${i}`, updatedAt: 100 - i }),
      ),
    ),
    latestCheck: vi.fn(async () => null),
    disputeRecord: vi.fn(async () => undefined),
    openLibrary: vi.fn(async () => undefined),
    closePopup: vi.fn(),
    ...over,
  };
}

const section = (name: string) => within(screen.getByRole('region', { name }));

describe('popup: this page', () => {
  it('shows counts per verdict and the quotations from the background scan', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    const counts = await screen.findByRole('list', { name: 'Quotations per verdict' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['✓ Verified: 2', '≠ Altered: 1', '? Not found: 1']);
    expect(s.getTabScan).toHaveBeenCalledWith(7);
    const quotes = screen.getByRole('list', { name: 'Quotations on this page' });
    expect(within(quotes).getAllByRole('button')).toHaveLength(4);
  });

  it('names each quotation’s document, and the complete one a quotation is not in', async () => {
    const ruling = { quote: 'words not in the ruling', result: makeResult('not-found', { notIn: 'doc-1' }) };
    const s = services({
      getTabScan: vi.fn(async () => {
        const page = scan(['verified', 'not-found']);
        return { ...page, quotes: [...page.quotes, ruling] };
      }),
      documentNames: vi.fn(async () => ({ 'oig-21-028': 'OIG 21-028', 'doc-1': 'Harbor ruling' })),
    });
    render(<PopupApp services={s} />);
    const quotes = await screen.findByRole('list', { name: 'Quotations on this page' });
    await waitFor(() =>
      expect(within(quotes).getAllByRole('button')[0]?.textContent).toContain('OIG 21-028'),
    );
    const texts = within(quotes)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(texts[0]).toMatch(/Verified\s*· OIG 21-028/);
    expect(texts[1]).not.toContain('·');
    expect(texts[2]).toMatch(/Not found\s*· not in Harbor ruling/);
    expect(s.documentNames).toHaveBeenCalledWith(['oig-21-028', 'doc-1']);
  });

  it('says what the caps left out: quotations beyond the first 2,000, article text beyond the limit', async () => {
    const capped = scan(['verified', 'verified'], { found: 5100, omitted: { blocks: 3, chars: 240_512 } });
    render(<PopupApp services={services({ getTabScan: vi.fn(async () => capped) })} />);
    expect(await screen.findByText('Checked the first 2 of 5,100 quotations.')).toBeTruthy();
    expect(
      screen.getByText(
        'The article is longer than Verbatim reads: 3 paragraphs (240,512 characters) were not checked.',
      ),
    ).toBeTruthy();
  });

  it('a click on a quotation focuses it in the page, then closes the popup', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    fireEvent.click(await screen.findByRole('button', { name: /quote number 2/ }));
    await waitFor(() => expect(s.closePopup).toHaveBeenCalled());
    expect(s.focusQuote).toHaveBeenCalledWith(7, 2);
  });

  it('saves all the quotations of the page', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save all on this page' }));
    expect(await screen.findByText('Saved 4 quotations to your library.')).toBeTruthy();
    expect(s.saveTabScan).toHaveBeenCalledWith(7);
  });

  it('switches the site off', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    const toggle = await screen.findByRole('checkbox', { name: 'Check quotations on news.example' });
    expect(toggle).toHaveProperty('checked', true);
    fireEvent.click(toggle);
    await waitFor(() => expect(s.setSiteEnabled).toHaveBeenCalledWith('news.example', false));
    expect(await screen.findByText(/Off for news.example/)).toBeTruthy();
  });

  it.each([
    [
      'not an article',
      services({ getTabScan: vi.fn(async () => scan([], { article: false })) }),
      /does not look like a news article/,
    ],
    [
      'switched off',
      services({ getTabScan: vi.fn(async () => scan([], { enabled: false })) }),
      /switched off for news.example/,
    ],
    ['no quotations', services({ getTabScan: vi.fn(async () => scan([])) }), /No quotations were found/],
    ['never scanned', services({ getTabScan: vi.fn(async () => null) }), /has not been scanned/],
    [
      'a browser page',
      services({
        activeTab: vi.fn(async () => ({ id: 1, url: 'chrome://settings', title: 'Settings' })),
        getTabScan: vi.fn(async () => null),
      }),
      /does not run on this kind of page/,
    ],
    ['no tab', services({ activeTab: vi.fn(async () => null) }), /no page open/],
  ])('says so plainly when the page is %s', async (_why, s, message) => {
    render(<PopupApp services={s} />);
    expect(await section('This page').findByText(message)).toBeTruthy();
    expect(section('This page').queryByRole('button', { name: 'Save all on this page' })).toBeNull();
  });
});

describe('popup: check a quote', () => {
  it('checks the text through the background and shows the card inline', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    const box = section('Check a quote');
    fireEvent.input(box.getByLabelText('Paste or type a quotation'), {
      target: { value: 'zero tolerance policy' },
    });
    fireEvent.click(box.getByRole('button', { name: 'Check' }));
    expect(await box.findByRole('heading', { name: /Verified/ })).toBeTruthy();
    expect(box.getByText('Saved to your library.')).toBeTruthy();
    expect(s.checkText).toHaveBeenCalledWith('zero tolerance policy', {
      url: 'https://news.example/story',
      title: 'The story',
    });
    // The recent list reads again to show the new record.
    await waitFor(() => expect(s.recent).toHaveBeenCalledTimes(2));
  });

  it('shows the bad-input message for a rejected check', async () => {
    const message = 'Select the words of a quotation (up to 2,000 characters)';
    const s = services({ checkText: vi.fn(async (): Promise<CheckResponse> => ({ ok: false, message })) });
    render(<PopupApp services={s} />);
    fireEvent.click(section('Check a quote').getByRole('button', { name: 'Check' }));
    expect(await section('Check a quote').findByText(message)).toBeTruthy();
  });

  it('opens on a recent latest check, not on an old one', async () => {
    const latest = {
      ok: true as const,
      recordId: 3,
      quote: 'from the pdf viewer',
      result: makeResult('altered'),
      ...cardData,
      url: 'chrome://pdf',
      at: Date.now() - 1000,
    };
    render(<PopupApp services={services({ latestCheck: vi.fn(async () => latest) })} />);
    expect(await section('Check a quote').findByRole('heading', { name: /Altered/ })).toBeTruthy();
    cleanup();
    render(
      <PopupApp
        services={services({ latestCheck: vi.fn(async () => ({ ...latest, at: Date.now() - 3_600_000 })) })}
      />,
    );
    await screen.findAllByText(/recent 0/);
    expect(section('Check a quote').queryByRole('heading', { name: /Altered/ })).toBeNull();
  });
});

describe('popup: checked by hand', () => {
  it('a check typed while a Verbatim page is the active tab records no page, and is cited as checked by hand', async () => {
    const writeText = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const s = services({
      activeTab: vi.fn(async () => ({ id: 7, url: 'chrome-extension://abc/popup.html', title: 'Verbatim' })),
    });
    render(<PopupApp services={s} />);
    const box = section('Check a quote');
    fireEvent.input(box.getByLabelText('Paste or type a quotation'), {
      target: { value: 'zero tolerance policy' },
    });
    fireEvent.click(box.getByRole('button', { name: 'Check' }));
    await box.findByRole('heading', { name: /Verified/ });
    expect(s.checkText).toHaveBeenCalledWith('zero tolerance policy', { url: '', title: '' });
    fireEvent.click(box.getByRole('button', { name: 'Copy citation' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const citation = writeText.mock.calls[0]?.[0] ?? '';
    expect(citation).toContain('checked by hand');
    expect(citation).not.toMatch(/Verbatim <|chrome-extension|news\.example/);
  });

  it('the recent list names a popup check "Checked by hand", not its tab', async () => {
    const s = services({
      recent: vi.fn(async () => [
        makeRecord({ id: 1, quote: 'typed words', origin: 'popup', pageTitle: 'Verbatim', url: '' }),
      ]),
    });
    render(<PopupApp services={s} />);
    const recent = section('Recent');
    await recent.findByText('“typed words”');
    expect(recent.getByText('Checked by hand')).toBeTruthy();
    expect(recent.queryByText('Verbatim')).toBeNull();
  });
});

it('a check made in the popup can be marked as looking wrong; the saved record gets the mark', async () => {
  const s = services();
  render(<PopupApp services={s} />);
  const box = section('Check a quote');
  fireEvent.input(box.getByLabelText('Paste or type a quotation'), {
    target: { value: 'zero tolerance policy' },
  });
  fireEvent.click(box.getByRole('button', { name: 'Check' }));
  fireEvent.click(await box.findByRole('button', { name: 'This verdict looks wrong' }));
  fireEvent.input(box.getByLabelText(/What looks wrong\?/), { target: { value: 'a different memo' } });
  fireEvent.click(box.getByRole('button', { name: 'Keep this note' }));
  await box.findByText('You marked this verdict as looking wrong: a different memo');
  expect(s.disputeRecord).toHaveBeenCalledWith(12, 'a different memo');
});

describe('the badge legend', () => {
  it('is reachable from the popup, one line per badge', async () => {
    render(<PopupApp services={services()} />);
    fireEvent.click(screen.getByText('What the badges mean'));
    const legend = screen.getByRole('list', { name: 'What the badges mean' });
    expect(within(legend).getAllByRole('listitem').length).toBeGreaterThanOrEqual(7);
    expect(legend.textContent).toContain('Wrong speaker');
  });
});

describe('popup: recent', () => {
  it('lists the five latest verifications and opens the library', async () => {
    const s = services();
    render(<PopupApp services={s} />);
    const recent = section('Recent');
    await recent.findByText('“recent 0”');
    expect(s.recent).toHaveBeenCalledWith(5);
    expect(recent.getAllByRole('listitem')).toHaveLength(5);
    fireEvent.click(recent.getByRole('button', { name: 'Open library' }));
    await waitFor(() => expect(s.openLibrary).toHaveBeenCalled());
  });
});

describe('popup: a page not about the corpus', () => {
  it('still lists its quotations and says in one line why no badges are shown', async () => {
    const unrelated = scan(['not-found', 'phrase'], {
      badges: false,
      relevance: { about: false, reason: null, evidence: null },
    });
    render(<PopupApp services={services({ getTabScan: vi.fn(async () => unrelated) })} />);
    const quotes = await screen.findByRole('list', { name: 'Quotations on this page' });
    expect(within(quotes).getAllByRole('button')).toHaveLength(2);
    expect(screen.getByText(/^No badges on the page: it names no source in the corpus/)).toBeTruthy();
  });

  it('a phrase is counted as a phrase, never as verified', async () => {
    render(<PopupApp services={services({ getTabScan: vi.fn(async () => scan(['phrase', 'verified'])) })} />);
    const counts = await screen.findByRole('list', { name: 'Quotations per verdict' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['✓ Verified: 1', '… Phrase only: 1']);
    expect(screen.queryByText(/No badges on the page/)).toBeNull();
  });
});
