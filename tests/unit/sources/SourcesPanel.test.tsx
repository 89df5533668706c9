// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SourcesPanel } from '@/components/library/sources/SourcesPanel';
import { bundledCorpus } from '@/data/corpus';
import { BUNDLED_PACK_ID } from '@/lib/sources/pack';
import { readCorpus, seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';
import { RULING_SENTENCES } from './helpers';

let db: VerbatimDB;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`sources-panel-${++n}`);
  await seedCorpus(db, bundledCorpus, { log: { error: vi.fn(), info: vi.fn() } });
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function pickFile(label: RegExp, file: File) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  return input;
}

const rulingText = () =>
  new File([`Opinion of the Harbor Court\n\n${RULING_SENTENCES.join(' ')}\n`], 'ruling.txt', {
    type: 'text/plain',
  });

async function addViaForm(notify = vi.fn(async () => undefined)) {
  render(<SourcesPanel db={db} notify={notify} extractPdf={vi.fn()} parseHtml={vi.fn()} />);
  await screen.findByText(bundledCorpus.sources[0]!.title);
  pickFile(/^File/, rulingText());
  fireEvent.input(screen.getByLabelText(/^Speaker/), { target: { value: 'Judge Alvarez; Clerk Ng' } });
  fireEvent.change(screen.getByLabelText(/^Kind/), { target: { value: 'ruling' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add document' }));
  await screen.findByText(/^Added “Opinion of the Harbor Court”: 1 page, \d+ sentences/);
  return notify;
}

describe('the documents and packs panel', () => {
  it('adds a document from a file with its details; it is matched against and listed', async () => {
    const notify = await addViaForm();
    expect(notify).toHaveBeenCalled();
    const stored = await readCorpus(db, bundledCorpus.passages);
    const doc = stored.sources.find((s) => s.title === 'Opinion of the Harbor Court');
    expect(doc).toMatchObject({ kind: 'ruling', speakers: ['Judge Alvarez', 'Clerk Ng'] });
    const row = (await screen.findByText('Opinion of the Harbor Court', { selector: 'th' })).closest('tr')!;
    expect(within(row).getByText(/ruling/)).toBeTruthy();
    expect(within(row).getByText('yours')).toBeTruthy();
  });

  it('a document’s short name, speakers and other names are stored and listed', async () => {
    render(
      <SourcesPanel db={db} notify={vi.fn(async () => undefined)} extractPdf={vi.fn()} parseHtml={vi.fn()} />,
    );
    await screen.findByText(bundledCorpus.sources[0]!.title);
    pickFile(/^File/, rulingText());
    fireEvent.input(screen.getByLabelText(/^Speaker/), { target: { value: 'Judge Alvarez' } });
    fireEvent.input(screen.getByLabelText(/^Other names/), {
      target: { value: 'the opinion; the decision' },
    });
    fireEvent.input(screen.getByLabelText(/^Short name/), { target: { value: 'Harbor opinion' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add document' }));
    await screen.findByText(/^Added “Opinion of the Harbor Court”/);
    const stored = await readCorpus(db, bundledCorpus.passages);
    expect(stored.sources.find((s) => s.title === 'Opinion of the Harbor Court')).toMatchObject({
      shortName: 'Harbor opinion',
      speakers: ['Judge Alvarez'],
      aliases: { names: ['the opinion', 'the decision'], terms: [] },
    });
    const row = (await screen.findByText('Opinion of the Harbor Court', { selector: 'th' })).closest('tr')!;
    expect(row.textContent).toContain(
      'on badges: Harbor opinion · speakers: Judge Alvarez · also called: the opinion, the decision',
    );
    // The bundled report's, from data/source-aliases.json.
    const bundled = (await screen.findByText(bundledCorpus.sources[0]!.title, { exact: false })).closest(
      'tr',
    )!;
    expect(bundled.textContent).toContain('on badges: OIG 21-028 · speakers: Michael E. Horowitz');
  });

  it('disables a pack and deletes one with undo', async () => {
    await addViaForm();
    const row = (await screen.findByText('Opinion of the Harbor Court', { selector: 'th' })).closest('tr')!;
    fireEvent.click(within(row).getByLabelText('Enabled'));
    await waitFor(async () =>
      expect((await db.packs.toArray()).find((p) => p.origin === 'user')?.enabled).toBe(false),
    );
    fireEvent.click(within(row).getByRole('button', { name: /Delete/ }));
    await screen.findByText('Deleted “Opinion of the Harbor Court”.');
    expect(await db.packs.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.packs.count()).toBe(2));
    // The bundled pack can be turned off but not deleted.
    const bundledRow = screen.getByText(bundledCorpus.sources[0]!.title).closest('tr')!;
    expect(within(bundledRow).queryByRole('button', { name: /Delete/ })).toBeNull();
    expect((await db.packs.get(BUNDLED_PACK_ID))?.enabled).toBe(true);
  });

  it('a corrupt pack file is refused and changes nothing', async () => {
    render(<SourcesPanel db={db} notify={vi.fn(async () => undefined)} />);
    await screen.findByText(bundledCorpus.sources[0]!.title);
    const before = await db.sources.count();
    const input = pickFile(/Import a pack file/, new File(['{"format":"verbatim-pack"'], 'pack.json'));
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /is not a valid pack; nothing was changed/,
    );
    expect(await db.sources.count()).toBe(before);
    expect(await db.packs.count()).toBe(1);
  });
});
