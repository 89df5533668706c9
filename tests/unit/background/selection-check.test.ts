import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '@/data/corpus';
import { requestFromMenuClick, VERIFY_MENU_ID } from '@/entrypoints/background/context-menu';
import { CorpusCache, storedCorpusLoader } from '@/entrypoints/background/corpus-index';
import { BAD_SELECTION_MESSAGE } from '@/entrypoints/background/explicit-check';
import type { PageSelection } from '@/entrypoints/background/read-selection';
import {
  checkSelectionInTab,
  type SelectionCheckServices,
  UNREADABLE_SELECTION_MESSAGE,
} from '@/entrypoints/background/selection-check';
import { seedCorpus } from '@/utils/corpus-store';
import { openDatabase, type VerbatimDB } from '@/utils/db';

vi.mock('@/lib/match', () => import('./fake-engine'));

const passage = bundledCorpus.passages[5]!;
const words = passage.text.slice(0, 70).trim();
const PAGE = 'https://news.example/story';

let db: VerbatimDB;
let n = 0;
let shown: Array<[number, number, unknown]>;
let services: SelectionCheckServices;
let pageSelection: PageSelection | null;

beforeEach(async () => {
  db = openDatabase(`selection-check-${++n}`);
  await seedCorpus(db, bundledCorpus, { log: { error() {}, info() {} } });
  const corpus = new CorpusCache(storedCorpusLoader(db, async () => {}));
  shown = [];
  pageSelection = { text: `“${words}”`, context: `Before “${words}” after.`, title: 'Story', frameId: 0 };
  services = {
    db,
    corpus: () => corpus.get(),
    readSelection: vi.fn(async () => pageSelection),
    show: {
      showCard: async (target, response) => {
        shown.push([target.tabId, target.frameId, response]);
      },
      injectContentScript: async () => {},
      showOnToolbar: async () => {},
    },
  };
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('checking a selection in a tab', () => {
  it('checks the menu’s selection, saves it with the page’s context, and shows the card in its frame', async () => {
    const request = requestFromMenuClick(
      { menuItemId: VERIFY_MENU_ID, selectionText: `“${words}”`, pageUrl: PAGE, frameId: 2 },
      { id: 6, url: PAGE, title: 'Story' },
    );
    const outcome = await checkSelectionInTab(services, request!);
    expect(services.readSelection).toHaveBeenCalledWith(6, 2);
    expect(outcome).toMatchObject({ shown: 'card', response: { ok: true, quote: words } });
    expect(shown).toEqual([[6, 2, outcome?.response]]);
    expect(await db.verifications.toArray()).toMatchObject([
      {
        quote: words,
        url: PAGE,
        pageTitle: 'Story',
        origin: 'selection',
        context: `Before “${words}” after.`,
      },
    ]);
  });

  it('ignores other menu items and clicks without a tab', () => {
    expect(requestFromMenuClick({ menuItemId: 'other', selectionText: 'x' }, { id: 1 })).toBeNull();
    expect(requestFromMenuClick({ menuItemId: VERIFY_MENU_ID, selectionText: 'x' }, undefined)).toBeNull();
  });

  it('reads the selection from the page for the keyboard command, and takes the page URL and title', async () => {
    pageSelection = { ...pageSelection!, frameId: 3 };
    const outcome = await checkSelectionInTab(services, { tab: { id: 6, url: PAGE } });
    expect(outcome?.response).toMatchObject({ ok: true, quote: words });
    expect(shown[0]?.slice(0, 2)).toEqual([6, 3]);
    expect(await db.verifications.toArray()).toMatchObject([{ pageTitle: 'Story', url: PAGE }]);
  });

  it('does not keep a context that belongs to another selection', async () => {
    pageSelection = { text: 'something else entirely', context: 'unrelated', title: 'Story', frameId: 0 };
    await checkSelectionInTab(services, { tab: { id: 6, url: PAGE }, selectionText: words });
    const [row] = await db.verifications.toArray();
    expect(row?.context).toBeUndefined();
  });

  it('shows the message for an over-long selection and saves nothing', async () => {
    const outcome = await checkSelectionInTab(services, {
      tab: { id: 6, url: PAGE },
      selectionText: 'word '.repeat(2400),
    });
    expect(outcome?.response).toEqual({ ok: false, message: BAD_SELECTION_MESSAGE });
    expect(shown).toHaveLength(1);
    expect(await db.verifications.count()).toBe(0);
  });

  it('says so when the selection of an unscriptable page cannot be read', async () => {
    pageSelection = null;
    const outcome = await checkSelectionInTab(services, { tab: { id: 6, url: 'chrome://settings/' } });
    expect(outcome?.response).toEqual({ ok: false, message: UNREADABLE_SELECTION_MESSAGE });
    expect(await db.verifications.count()).toBe(0);
  });
});
