// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostOf, OptionsApp } from '@/components/options/OptionsApp';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import { badgeEveryQuotation, disabledSites } from '@/utils/settings';

let db: VerbatimDB;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDatabase(`options-${Math.random()}`);
});
afterEach(async () => {
  cleanup();
  db.close();
});

describe('sites switched off', () => {
  it('lists them; switching one back on can be undone', async () => {
    await disabledSites.setValue(['news.example', 'blog.example']);
    render(<OptionsApp db={db} />);
    const list = await screen.findByRole('list', { name: 'Sites switched off' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.host')?.textContent),
    ).toEqual(['blog.example', 'news.example']);
    fireEvent.click(screen.getByRole('button', { name: 'Switch Verbatim back on for news.example' }));
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual(['blog.example']));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Verbatim is back on for news.example.'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await disabledSites.getValue()).sort()).toEqual(['blog.example', 'news.example']),
    );
    await screen.findByRole('button', { name: 'Switch Verbatim back on for news.example' });
  });

  it('switches a typed site off (a pasted URL gives its host), with undo', async () => {
    render(<OptionsApp db={db} />);
    await screen.findByText(/None: Verbatim checks quotations on every site/);
    fireEvent.input(screen.getByLabelText('Switch Verbatim off on a site'), {
      target: { value: 'https://www.news.example/2021/story?x=1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Switch off' }));
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual(['www.news.example']));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual([]));
  });

  it('refuses what is not a site', async () => {
    render(<OptionsApp db={db} />);
    fireEvent.input(screen.getByLabelText('Switch Verbatim off on a site'), {
      target: { value: 'not a site' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Switch off' }));
    await screen.findByText(/Type a site’s address/);
    expect(await disabledSites.getValue()).toEqual([]);
    expect(hostOf('News.Example.com')).toBe('news.example.com');
    expect(hostOf('javascript:alert(1)')).toBeNull();
  });
});

it('"Badge every quotation" is the local:badgeEveryQuotation setting, off by default', async () => {
  render(<OptionsApp db={db} />);
  const box = screen.getByRole('checkbox', { name: 'Badge every quotation' }) as HTMLInputElement;
  expect(box.checked).toBe(false);
  fireEvent.click(box);
  await waitFor(async () => expect(await badgeEveryQuotation.getValue()).toBe(true));
  expect(await fakeBrowser.storage.local.get('badgeEveryQuotation')).toEqual({ badgeEveryQuotation: true });
});

it('shows the corpus version and what it holds', async () => {
  await db.meta.put({ key: 'corpusVersion', value: '2026-12-01' });
  await db.sources.put({ id: 'oig', role: 'primary', title: 'Report', publisher: 'OIG', date: '2021' });
  render(<OptionsApp db={db} />);
  expect(await screen.findByText('2026-12-01')).toBeTruthy();
  expect(screen.getByText(/not added/)).toBeTruthy();
});
