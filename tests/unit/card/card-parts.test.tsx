// @vitest-environment jsdom
/** The compact card's parts: what a reader reads first, and what waits behind the disclosure. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { citationText } from '@/components/card/citation';
import { ProvenanceCard } from '@/components/card/ProvenanceCard';
import { props, result } from './fixtures';

afterEach(cleanup);

/** What a reader reads: the text of the card without its stylesheet, whitespace runs as one space. */
function readable(el: Element | null, { legend = true } = {}): string {
  const copy = el?.cloneNode(true) as Element | undefined;
  const hidden = `style, .vb-sr, [aria-hidden="true"]${legend ? '' : ', .vb-legend-box'}`;
  for (const n of copy?.querySelectorAll(hidden) ?? []) n.remove();
  return (copy?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('the word diff', () => {
  it('keeps the spaces between the words it shows', () => {
    // The engine's diff holds word runs without the spaces between them.
    const quote = 'the policy came at the cost of children';
    const r = result({
      status: 'altered',
      passageIds: ['r018'],
      source: 'oig-21-028',
      diff: [
        { op: 'equal', text: 'the policy came at the' },
        { op: 'removed', text: 'expense' },
        { op: 'added', text: 'cost' },
        { op: 'equal', text: 'of children' },
      ],
    });
    render(<ProvenanceCard {...props(quote, r)} />);
    expect(readable(document.querySelector('.vb-diff'))).toBe(
      'the policy came at the expense cost of children',
    );
  });

  it('keeps the quotation’s own punctuation between runs and adds no space before a comma', () => {
    const quote = 'We need to remove children, he said';
    const r = result({
      status: 'altered',
      passageIds: ['r018'],
      source: 'oig-21-028',
      diff: [
        { op: 'equal', text: 'We need to' },
        { op: 'removed', text: 'take away' },
        { op: 'added', text: 'remove' },
        { op: 'equal', text: 'children' },
        { op: 'added', text: ', he said' },
      ],
    });
    render(<ProvenanceCard {...props(quote, r)} />);
    expect(readable(document.querySelector('.vb-diff'))).toBe(
      'We need to take away remove children, he said',
    );
  });
});

describe('partly found', () => {
  it('marks the words of the quotation no source supports, not stray words of the passage', () => {
    const quote = 'we need to take away children and nobody will notice';
    const r = {
      ...result({ status: 'partial', passageIds: ['r018'], source: 'oig-21-028', coverage: 0.6 }),
      unsupported: [[quote.indexOf('and nobody'), quote.length] as [number, number]],
    };
    render(<ProvenanceCard {...props(quote, r)} />);
    const marked = [...document.querySelectorAll('.vb-quote mark.vb-unsupported')].map((m) => readable(m));
    expect(marked).toEqual(['and nobody will notice']);
    expect(readable(document.querySelector('.vb-quote'))).toBe(quote);
  });
});

describe('wrong speaker', () => {
  it('leads with who said the words and who the article names, under a "Wrong speaker" heading', () => {
    const r = result({
      passageIds: ['r018'],
      source: 'oig-21-028',
      speaker: "Jeff Sessions (as recorded in U.S. Attorneys' notes)",
      attributedTo: 'Rod Rosenstein',
      attribution: 'mismatch',
    });
    render(<ProvenanceCard {...props('We need to take away children', r)} />);
    const dialog = screen.getByRole('dialog', { name: /Wrong speaker/ });
    expect(dialog.getAttribute('data-status')).toBe('verified');
    expect(readable(document.querySelector('.vb-sentence'))).toBe(
      'These words are in the report, but Jeff Sessions said them, not Rod Rosenstein.',
    );
    expect(readable(dialog, { legend: false })).not.toMatch(/Verified|Every word of this quotation/);
  });

  it('a description that fits the speaker reads as agreement, never as a mismatch', () => {
    const r = result({
      status: 'edited',
      passageIds: ['r019'],
      source: 'oig-21-028',
      speaker: 'a DOJ prosecutor/official in Texas (Western District of Texas, El Paso pilot)',
      attributedTo: 'one prosecutor',
      attribution: 'ok',
    });
    render(<ProvenanceCard {...props('We have now heard of us taking breast feeding defendant moms', r)} />);
    const card = readable(screen.getByRole('dialog'), { legend: false });
    expect(card).toContain('The article’s “one prosecutor” fits the speaker the report records');
    expect(card).not.toMatch(/Wrong speaker|different speaker|⚠/);
  });
});

describe('the compact card', () => {
  const verified = () =>
    props(
      'a Fiscal Year 2019 funding shortfall',
      result({ passageIds: ['r040'], source: 'oig-21-028', evidence: 'single-source' }),
      { onSave: async () => 'Saved to your library.' },
    );

  it('shows verdict, quotation, one source line, then Save and Copy citation before anything else', () => {
    render(<ProvenanceCard {...verified()} />);
    const dialog = screen.getByRole('dialog');
    expect(readable(dialog.querySelector('.vb-source-line'))).toMatch(/^Report 21-028 · /);
    // The first focusable things after the close button are the actions, not evidence links.
    const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button, summary')].map(
      (el) => el.textContent,
    );
    expect(focusable.slice(0, 3)).toEqual(['Save', 'Copy citation', 'Context, evidence and notes']);
    // Evidence URLs wait behind a closed disclosure.
    const more = dialog.querySelector('details.vb-more');
    expect(more?.hasAttribute('open')).toBe(false);
    expect(more?.querySelector('.vb-evidence a')).not.toBeNull();
    fireEvent.click(within(more as HTMLElement).getByText('Context, evidence and notes'));
  });

  it('says what "· 1 source" means in words', () => {
    render(<ProvenanceCard {...verified()} />);
    expect(readable(document.querySelector('.vb-evidence-line'))).toBe(
      'Known from a single news organisation (or only from secondary sites).',
    );
  });

  it('never shows a passage id', () => {
    render(<ProvenanceCard {...verified()} />);
    const dialog = screen.getByRole('dialog');
    expect(readable(dialog)).not.toMatch(/\br040\b/);
    expect(dialog.innerHTML).not.toMatch(/aria-label="[^"]*r040/);
  });

  it('holds a legend of every badge, one line each', () => {
    render(<ProvenanceCard {...verified()} />);
    const legend = screen.getByRole('list', { name: 'What the badges mean' });
    const lines = within(legend)
      .getAllByRole('listitem')
      .map((li) => readable(li));
    for (const label of [
      'Verified',
      'Edited',
      'Altered',
      'Partly found',
      'Wrong speaker',
      'Other source',
      'Not found',
    ])
      expect(lines.some((l) => l.startsWith(label))).toBe(true);
    expect(lines.find((l) => l.startsWith('· 1 source'))).toMatch(/one news organisation only/);
    expect(lines.join(' ')).not.toMatch(/false|untrue|fake/i);
  });
});

describe('the citation', () => {
  const r = result({ passageIds: ['r018'], source: 'oig-21-028' });
  const input = props('We need to take away children,', r);

  it('names no passage id, and plain kinds of record', () => {
    const text = citationText({ ...input, pageUrl: 'https://news.example/a', pageTitle: 'A story' });
    expect(text).not.toMatch(/\br018\b/);
    expect(text).toContain('— Jeff Sessions, call notes, 2018-05-11');
    expect(text).toContain('Quoted in: A story <https://news.example/a>');
  });

  it('a check typed into the popup is cited as checked by hand, not as a page called Verbatim', () => {
    const text = citationText({
      ...input,
      pageUrl: 'chrome-extension://abc/popup.html',
      pageTitle: 'Verbatim',
    });
    expect(text).not.toMatch(/Verbatim <|chrome-extension/);
    expect(text).toContain('checked by hand');
  });

  it('words in another mouth are cited as "Wrong speaker"', () => {
    const wrong = result({ ...r, attributedTo: 'Rod Rosenstein', attribution: 'mismatch' });
    expect(citationText({ ...input, result: wrong })).toMatch(/: Wrong speaker\.$/);
  });
});

describe('"This verdict looks wrong"', () => {
  const r = result({ passageIds: ['r018'], source: 'oig-21-028' });

  it('keeps the reader’s reason through onDispute, then says it is kept', async () => {
    const onDispute = vi.fn(async (_reason: string) => 'Kept in your library, marked as looking wrong.');
    render(<ProvenanceCard {...props('We need to take away children', r, { onDispute })} />);
    fireEvent.click(screen.getByRole('button', { name: 'This verdict looks wrong' }));
    const box = screen.getByLabelText(/What looks wrong\?/);
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: '  He said it on another call  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Keep this note' }));
    await screen.findByText('You marked this verdict as looking wrong: He said it on another call');
    expect(onDispute).toHaveBeenCalledWith('He said it on another call');
    expect(screen.getByRole('status').textContent).toBe('Kept in your library, marked as looking wrong.');
    expect(screen.queryByRole('button', { name: 'This verdict looks wrong' })).toBeNull();
  });

  it('shows an earlier mark, and offers nothing where there is no saved check to keep it with', () => {
    render(
      <ProvenanceCard
        {...props('x', r, { onDispute: async () => '', disputed: { reason: 'wrong call' } })}
      />,
    );
    expect(screen.getByText('You marked this verdict as looking wrong: wrong call')).toBeTruthy();
    cleanup();
    render(<ProvenanceCard {...props('x', r)} />);
    expect(screen.queryByRole('button', { name: 'This verdict looks wrong' })).toBeNull();
  });
});

describe('with only some pages of the report imported', () => {
  it('a quotation outside them is "not in the imported pages", never "Not in the report"', () => {
    const corpus = {
      version: 'v',
      passageCount: 400,
      reportPassageCount: 380,
      hasFullText: false,
      excerptImported: true,
    };
    render(
      <ProvenanceCard
        {...props('words on another page', result({ status: 'not-found', coverage: 0 }), { corpus })}
      />,
    );
    const card = readable(screen.getByRole('dialog'), { legend: false });
    expect(readable(document.querySelector('.vb-sentence'))).toMatch(/^Not in the imported pages/);
    expect(card).toContain('the rest of the report was not checked');
    expect(card).not.toContain('Not in the report');
  });
});
