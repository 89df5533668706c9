// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VerificationsPanel } from '@/components/library/VerificationsPanel';
import { groupByArticle } from '@/utils/library-query';
import { makeRecord, makeResult } from './records';

afterEach(cleanup);

const story = { url: 'https://news.example/story', pageTitle: 'A long headline about the watchdog report' };
const records = [
  ...Array.from({ length: 16 }, (_, i) =>
    makeRecord({
      id: i + 1,
      quote: `quotation ${i}`,
      ...story,
      status: i < 3 ? 'edited' : 'verified',
      result: makeResult(i < 3 ? 'edited' : 'verified'),
      updatedAt: 1000 + i,
    }),
  ),
  makeRecord({
    id: 20,
    quote: 'words in another mouth',
    url: 'https://other.example/a',
    pageTitle: 'Another story',
    attributedTo: 'Nielsen',
    speaker: 'Jeff Sessions',
    attribution: 'mismatch',
    updatedAt: 5000,
  }),
  makeRecord({
    id: 21,
    quote: 'typed by hand',
    origin: 'popup',
    url: '',
    pageTitle: 'Verbatim',
    updatedAt: 4000,
  }),
];

function setup() {
  const props = { onOpen: vi.fn(), onDelete: vi.fn(), onExport: vi.fn() };
  render(<VerificationsPanel records={records} sources={{}} {...props} />);
  return props;
}

describe('the library by article', () => {
  it('shows one row per article with its verdict counts, not its title once per quotation', () => {
    setup();
    const list = screen.getByRole('list', { name: 'Saved verifications by article' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(screen.getAllByText(story.pageTitle)).toHaveLength(1);
    const storyItem = items.find((li) => li.textContent?.includes(story.pageTitle)) as HTMLElement;
    expect(storyItem.textContent).toContain('16 quotations: 13 Verified · 3 Edited');
    const other = items.find((li) => li.textContent?.includes('Another story')) as HTMLElement;
    expect(other.textContent).toContain('1 quotation: 1 Wrong speaker');
    // Checks typed into the popup are one group, "Checked by hand", not a page called Verbatim.
    expect(within(list).getByText('Checked by hand')).toBeTruthy();
    expect(within(list).queryByText('Verbatim')).toBeNull();
    expect(screen.queryByText('quotation 0')).toBeNull();
  });

  it('expands an article to its quotations, without repeating the article on every row', () => {
    setup();
    const toggle = screen.getByRole('button', { name: new RegExp(story.pageTitle) });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = screen.getByRole('table', { name: `Quotations checked on ${story.pageTitle}` });
    expect(within(table).getAllByRole('row')).toHaveLength(17);
    expect(within(table).queryByRole('columnheader', { name: 'Article' })).toBeNull();
    expect(screen.getAllByText(story.pageTitle)).toHaveLength(1);
  });

  it('keeps the flat view for search and sort, with the article’s and the source’s speaker in two columns', () => {
    setup();
    fireEvent.click(screen.getByRole('radio', { name: 'All quotations' }));
    const table = screen.getByRole('table', { name: 'Saved verifications' });
    expect(within(table).getAllByRole('row')).toHaveLength(19);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.trim());
    expect(headers).toContain('Article says');
    expect(headers).toContain('Source says');
    const row = within(table).getByText('words in another mouth').closest('tr') as HTMLElement;
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[headers.indexOf('Article says')]).toBe('Nielsen');
    expect(cells[headers.indexOf('Source says')]).toBe('Jeff Sessions');
    expect(cells[headers.indexOf('Verdict')]).toContain('Wrong speaker');
    // No passage ids in what the reader sees.
    expect(table.textContent).not.toMatch(/\br001\b/);
  });

  it('groups in the order of the sorted list', () => {
    const groups = groupByArticle(
      [records[16], records[0], records[17], records[1]].filter(Boolean) as never,
    );
    expect(groups.map((g) => g.records.length)).toEqual([1, 2, 1]);
    expect(groups[1]?.byHand).toBe(false);
    expect(groups[2]?.byHand).toBe(true);
  });
});

describe('disputed verdicts', () => {
  it('the library filters to the verdicts the reader marked as looking wrong, and shows the reason', () => {
    const marked = makeRecord({
      id: 30,
      quote: 'a doubtful one',
      disputed: true,
      disputeReason: 'the date is off',
    });
    const props = { onOpen: vi.fn(), onDelete: vi.fn(), onExport: vi.fn() };
    render(<VerificationsPanel records={[...records, marked]} sources={{}} initialView="flat" {...props} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only verdicts I marked as looking wrong' }));
    const table = screen.getByRole('table', { name: 'Saved verifications' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table.textContent).toContain('You marked this verdict as looking wrong: the date is off');
    fireEvent.click(screen.getByRole('button', { name: /Export 1 shown as JSON/ }));
    expect(props.onExport).toHaveBeenCalledWith('json', [marked]);
  });
});
