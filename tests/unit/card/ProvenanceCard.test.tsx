// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageCard, ProvenanceCard } from '@/components/card/ProvenanceCard';
import { VERDICTS } from '@/lib/types';
import { corpusInfo, props, result } from './fixtures';

afterEach(cleanup);

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ');

describe('verdict sentence', () => {
  const cases = {
    verified: {
      r: result({ passageIds: ['r008'], source: 'oig-21-028' }),
      says: /Every word of this quotation appears in report 21-028/,
    },
    edited: {
      r: result({ status: 'edited', passageIds: ['r019'], source: 'oig-21-028' }),
      says: /once the editorial marks .* are taken into account/,
    },
    altered: {
      r: result({ status: 'altered', passageIds: ['r008'], source: 'oig-21-028' }),
      says: /changed without any editorial mark/,
    },
    partial: {
      r: result({ status: 'partial', passageIds: ['r008'], source: 'oig-21-028', coverage: 0.42 }),
      says: /Only part of this quotation \(about 42% of its words\)/,
    },
    elsewhere: {
      r: result({ status: 'elsewhere', passageIds: ['o012'], source: 'house-committees-2021-01-14' }),
      says: /match a related source: Joint statement by Reps\. Maloney, Nadler, Raskin and Lofgren/,
    },
    phrase: {
      r: result({ status: 'phrase', passageIds: ['r008'], source: 'oig-21-028' }),
      says: /These words occur in report 21-028, but they are too short to verify a quotation/,
    },
    'not-found': { r: result({ status: 'not-found', coverage: 0 }), says: /Not found in the corpus/ },
    hidden: {
      r: result({ status: 'hidden', passageIds: ['r008'], source: 'oig-21-028' }),
      says: /The page hides part of the quoted text/,
    },
  } as const;

  it.each(VERDICTS)('%s: says it in one plain sentence, with the label in the heading', (verdict) => {
    const c = cases[verdict];
    render(<ProvenanceCard {...props('some words here', c.r)} />);
    expect(text(document.querySelector('.vb-sentence'))).toMatch(c.says);
    expect(screen.getByRole('dialog', { name: /./ }).getAttribute('data-status')).toBe(verdict);
  });
});

describe('the quotation', () => {
  it('marks each editorial edit in the quotation and names it in text', () => {
    const quote = 'I looked at the duty log and saw the fact we had accepted prosecution on (sic) moms';
    const r = result({
      status: 'edited',
      passageIds: ['r019'],
      source: 'oig-21-028',
      edits: [
        { type: 'symbol', text: 'at', source: '@' },
        { type: 'symbol', text: 'and', source: '&' },
        { type: 'sic', text: '(sic)' },
      ],
    });
    render(<ProvenanceCard {...props(quote, r)} />);
    const marks = [...document.querySelectorAll('.vb-quote mark.vb-edit')];
    expect(marks.map((m) => m.getAttribute('data-edit'))).toEqual(['symbol', 'symbol', 'sic']);
    expect(marks[0]?.firstChild?.textContent).toBe('at');
    expect(marks[1]?.firstChild?.textContent).toBe('and');
    expect(marks[2]?.firstChild?.textContent).toBe('(sic)');
    const list = text(screen.getByRole('list', { name: 'Editorial marks' }));
    expect(list).toContain('Spelled out; the source has “@”');
    expect(list).toContain('Spelled out; the source has “&”');
    expect(list).toContain('flag an error in the original');
  });

  it('marks an ellipsis with the omitted words and brackets as insertions', () => {
    const r = result({
      status: 'edited',
      passageIds: ['r021'],
      source: 'oig-21-028',
      edits: [
        { type: 'ellipsis', text: '…', source: 'I just spoke with the DAG' },
        { type: 'replacement', text: '[The Attorney General]', source: 'the A.G.' },
      ],
    });
    render(<ProvenanceCard {...props('… [The Attorney General] is clear', r)} />);
    const list = text(screen.getByRole('list', { name: 'Editorial marks' }));
    expect(list).toContain('Words left out: “I just spoke with the DAG”');
    expect(list).toContain('Bracketed words replace “the A.G.”');
    expect(document.querySelectorAll('mark.vb-edit')).toHaveLength(2);
  });

  it('shows the word diff of an altered quotation with text labels, not colour alone', () => {
    const r = result({
      status: 'altered',
      passageIds: ['r018'],
      source: 'oig-21-028',
      diff: [
        { op: 'equal', text: 'we need to ' },
        { op: 'removed', text: 'take away' },
        { op: 'added', text: 'remove' },
        { op: 'equal', text: ' children' },
      ],
    });
    render(<ProvenanceCard {...props('we need to remove children', r)} />);
    const ins = document.querySelector('.vb-diff ins');
    const del = document.querySelector('.vb-diff del');
    expect(text(ins)).toBe('added: remove');
    expect(text(del)).toBe('source has: take away');
    expect(text(document.querySelector('.vb-legend'))).toMatch(/only in the article/);
  });

  it('renders page text as text, never as markup', () => {
    const evil = '<img src=x onerror="alert(1)">“hello”';
    render(<ProvenanceCard {...props(evil, result({ status: 'not-found' }))} />);
    expect(document.querySelector('img')).toBeNull();
    expect(text(document.querySelector('.vb-quote'))).toContain('<img src=x');
  });
});

describe('the passage and its provenance', () => {
  it('highlights the matched words and shows source, speaker, date and kind', () => {
    const r = result({
      passageIds: ['r018'],
      source: 'oig-21-028',
      highlights: [{ passageId: 'r018', ranges: [[0, 29]] }],
    });
    render(<ProvenanceCard {...props('We need to take away children,', r)} />);
    const hits = [...document.querySelectorAll('.vb-source-text mark.vb-hit')].map((m) => m.textContent);
    expect(hits).toEqual(['we need to take away children']);
    const facts = text(document.querySelector('.vb-facts'));
    expect(facts).toContain("Review of the Department of Justice's Planning");
    expect(facts).toContain('Jeff Sessions');
    expect(facts).toContain('2018-05-11');
    expect(facts).toContain('call notes');
    expect(facts).toContain('the five Southwest border U.S. Attorneys');
  });

  it('says plainly when the passage is known from a single outlet, and lists how it was printed', () => {
    render(
      <ProvenanceCard
        {...props(
          'a Fiscal Year 2019 funding shortfall',
          result({ passageIds: ['r040'], source: 'oig-21-028' }),
        )}
      />,
    );
    const evidence = text(document.querySelector('.vb-evidence'));
    expect(evidence).toContain('Known from a single news organisation');
    // Each evidence site says what kind of outlet it is, next to its URL.
    expect(evidence).toContain(
      'news organisation https://www.miamiherald.com/news/local/immigration/article248506335.html',
    );
    const link = document.querySelector<HTMLAnchorElement>('.vb-evidence a');
    expect(link?.rel).toContain('noreferrer');
    expect(link?.target).toBe('_blank');
  });

  it('shows variants as "also printed as", apart from the evidence', () => {
    render(
      <ProvenanceCard
        {...props('we should NOT be', result({ passageIds: ['r021'], source: 'oig-21-028' }))}
      />,
    );
    const variants = document.querySelector('.vb-variants');
    expect(text(variants)).toMatch(/Also printed as… \(not evidence\)/);
    expect(text(variants)).toContain('cbsnews.com');
    expect(text(document.querySelector('.vb-evidence'))).not.toContain('cbsnews.com');
    expect(text(document.querySelector('.vb-note'))).toContain('Attorney General’s');
  });

  it('warns when the article attributes changed words to someone else', () => {
    const r = result({
      status: 'altered',
      passageIds: ['r036'],
      source: 'oig-21-028',
      speaker: 'Jeff Sessions',
      attributedTo: 'Rod Rosenstein',
      attribution: 'mismatch',
    });
    render(<ProvenanceCard {...props('The Western District of Texas', r)} />);
    expect(text(document.querySelector('.vb-warning'))).toContain(
      'The article names Rod Rosenstein as the speaker; the report records Jeff Sessions.',
    );
  });
});

describe('not found', () => {
  it('says what the corpus covers and never calls the quotation false', () => {
    render(
      <ProvenanceCard
        {...props('The barbaric family separation practice', result({ status: 'not-found', coverage: 0 }))}
      />,
    );
    const card = text(document.querySelector('.vb-card'));
    expect(card).toContain('Not found in the corpus');
    expect(card).toContain('The corpus holds 61 passages, 39 of them from the report');
    expect(card).toContain('not found in the corpus excerpts');
    expect(card).not.toMatch(/false|untrue|fake|fabricat/i);
    expect(card).not.toContain('Not in the report');
  });

  it('says "Not in the report" once the full report text is in the corpus', () => {
    render(
      <ProvenanceCard
        {...props('The barbaric family separation practice', result({ status: 'not-found', coverage: 0 }), {
          corpus: corpusInfo(true),
        })}
      />,
    );
    expect(text(document.querySelector('.vb-sentence'))).toMatch(/^Not in the report/);
    expect(text(document.querySelector('.vb-card'))).not.toMatch(/false/i);
  });
});

describe('dialog behaviour', () => {
  it('is a labelled modal dialog that takes focus, traps Tab and closes on Esc', () => {
    const onClose = vi.fn();
    render(
      <ProvenanceCard
        {...props('driving force', result({ passageIds: ['r008'], source: 'oig-21-028' }), {
          onClose,
          onSave: async () => 'ok',
        })}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: /Verified/ });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(dialog);
    const focusables = [...dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')];
    const last = focusables[focusables.length - 1];
    last?.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(focusables[0]);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('Esc closes it even when focus has left the card', () => {
    const onClose = vi.fn();
    render(<ProvenanceCard {...props('driving force', result(), { onClose })} />);
    (document.activeElement as HTMLElement | null)?.blur();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('inline cards (popup, library) are not modal and ignore Esc', () => {
    const onClose = vi.fn();
    render(
      <ProvenanceCard
        {...props('driving force', result({ passageIds: ['r008'], source: 'oig-21-028' }), { inline: true })}
      />,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(document.querySelector('.vb-card') as Element, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('actions', () => {
  it('Save calls onSave once and shows its message', async () => {
    const onSave = vi.fn(async () => 'Saved to your library.');
    render(
      <ProvenanceCard
        {...props('driving force', result({ passageIds: ['r008'], source: 'oig-21-028' }), { onSave })}
      />,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved to your library.'));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = screen.getByRole('button', { name: 'Saved' });
    expect(saved.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(saved);
    await new Promise((r) => setTimeout(r, 20));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('a failed save says so and can be retried', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('background unavailable');
    });
    render(<ProvenanceCard {...props('driving force', result(), { onSave })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Could not save: background unavailable'),
    );
    expect(screen.getByRole('button', { name: 'Save' }).getAttribute('aria-disabled')).toBe('false');
  });

  it('shows no Save button where the check is already saved', () => {
    render(<ProvenanceCard {...props('driving force', result(), { savedNote: 'Saved to your library.' })} />);
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Saved to your library.');
  });

  it('Copy citation writes a plain-text citation naming the quotation and the source', async () => {
    const writeText = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <ProvenanceCard
        {...props('We need to take away children,', result({ passageIds: ['r018'], source: 'oig-21-028' }), {
          pageUrl: 'https://news.example/story',
          pageTitle: 'Story',
        })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const citation = writeText.mock.calls[0]?.[0] ?? '';
    expect(citation).toContain('“We need to take away children,”');
    expect(citation).toContain("Review of the Department of Justice's Planning");
    expect(citation).toContain('No. 21-028');
    expect(citation).toContain('https://news.example/story');
    expect(citation).toMatch(/Checked with Verbatim on \d{4}-\d{2}-\d{2}: Verified\./);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Citation copied.'));
  });

  it.each([
    ['no clipboard API (not a secure context)', undefined],
    ['a refused clipboard', { writeText: async () => Promise.reject(new Error('denied')) }],
  ])('Copy citation with %s copies nothing through the page and says so', async (_, clipboard) => {
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const copies = vi.fn();
    document.addEventListener('copy', copies);
    try {
      render(<ProvenanceCard {...props('driving force', result())} />);
      fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Could not copy: /));
      expect(execCommand).not.toHaveBeenCalled();
      expect(copies).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('copy', copies);
    }
  });
});

it('MessageCard shows the message instead of a verdict', () => {
  render(<MessageCard message="Select the words of a quotation (up to 2,000 characters)" />);
  expect(screen.getByRole('dialog').textContent).toContain(
    'Select the words of a quotation (up to 2,000 characters)',
  );
});

describe('a partly found quotation', () => {
  it('marks the words found in no source in the quotation, in text as well as style', () => {
    const quote = 'prosecution would be swift, and then the governors refused';
    const r = result({
      status: 'partial',
      passageIds: ['r033'],
      source: 'oig-21-028',
      coverage: 0.5,
      unsupported: [[37, 58]],
    });
    render(<ProvenanceCard {...props(quote, r)} />);
    const marks = [...document.querySelectorAll('.vb-quote mark.vb-unsupported')];
    expect(marks.map((m) => text(m))).toEqual(['not found: the governors refused']);
    expect(text(document.querySelector('.vb-quote'))).toBe(
      'prosecution would be swift, and then not found: the governors refused',
    );
  });
});
