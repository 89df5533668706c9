/**
 * Launches Debian's Firefox ESR headless with the built extension (.output/firefox-mv3) installed as a
 * temporary add-on, through puppeteer-core over WebDriver BiDi, and serves tests/fixtures on 127.0.0.1.
 * One browser per test file: `launchFirefox()` in beforeAll, `close()` in afterAll.
 *
 * WebDriver BiDi does not script extension documents (Firefox skips them), so the harness reaches the
 * extension the way Firefox's own tools do, from the privileged parent process (`--remote-allow-system-
 * access`): the DevTools server evaluates in the add-on's background page, as about:debugging's console
 * does, and extension tabs are reached from there (`extension.getViews`). Nothing test-only ships.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serveFixtures } from '../e2e/harness';

export const FIREFOX_EXTENSION_DIR = resolve(process.cwd(), '.output/firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'verbatim@verbatim.invalid';
/** Firefox picks a random moz-extension:// host per profile; a pref fixes it so tests can name pages. */
const ADDON_UUID = '5b7e0a1c-6f3d-4c2e-9a8b-7e6f5d4c3b2a';

type Bidi = { send(method: string, params: object): Promise<{ result: unknown }> };
type Evaluated =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

export interface LaunchOptions {
  /** Install without granting the content scripts' sites, as a user who has not granted them. */
  withholdSiteAccess?: boolean;
  /** Grant `permissions.request` without the doorhanger (the request itself is still refused outside a click). */
  autoGrantPermissionRequests?: boolean;
  /** Save downloads to this folder without asking. */
  downloadDir?: string;
}

export interface FirefoxHarness {
  browser: Browser;
  baseUrl: string;
  routes: Map<string, string>;
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /** Evaluates `fn(arg)` in the add-on's background page (`browser.*` available); `arg` and the result go through JSON. */
  inBackground<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Evaluates `fn(view, arg)` with the window of the extension tab showing `path` (e.g. `popup.html`),
   * waiting for it to load; from the background page, which shares the extension's process and origin.
   */
  inExtensionPage<T, A = undefined>(
    path: string,
    fn: (view: Window, arg: A) => T | Promise<T>,
    arg?: A,
  ): Promise<T>;
  /** Evaluates `fn(arg)` in the browser's privileged parent process (chrome window scope). */
  inChrome<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Evaluates `fn(root, arg)` with the CLOSED shadow root of the first element matching `hostSelector`
   * in `page` (BiDi serialises closed roots on request; page scripts cannot see them).
   */
  inShadowRoot<T, A = undefined>(
    page: Page,
    hostSelector: string,
    fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
    arg?: A,
  ): Promise<T>;
  /**
   * Clicks one of Verbatim's context-menu items on `page`: what Firefox's menu code does on a click
   * (ext-menus.js), grant activeTab for the tab, then emit the click to the add-on's `menus.onClicked`
   * listeners. Headless Firefox draws no native menu to click.
   */
  clickMenu(page: Page, info: { menuItemId: string; selectionText?: string }): Promise<void>;
  /** Grants activeTab for `page`'s tab, as a click on the toolbar button (which opens the popup) does. */
  grantActiveTab(page: Page): Promise<void>;
  /**
   * Presses keys as the user would, e.g. `Enter` or `Alt+Shift+V`: trusted key events at the browser
   * window (they count as user input, and reach the add-on's keyboard shortcuts) for the focused tab.
   */
  pressKey(chord: string): Promise<void>;
  /** Moves keyboard focus to the browser's address bar. */
  focusToolbar(): Promise<void>;
  /** Makes the tab showing `url` the selected one, with keyboard focus in its page. */
  selectTab(url: string): Promise<void>;
  close(): Promise<void>;
}

type KeySpec = { key: string; code: string; keyCode: number };
const KEYS: Record<string, KeySpec> = {
  Enter: { key: 'Enter', code: 'Enter', keyCode: 13 },
  Tab: { key: 'Tab', code: 'Tab', keyCode: 9 },
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  V: { key: 'V', code: 'KeyV', keyCode: 86 },
};

function parseResult<T>(evaluated: Evaluated, what: string): T {
  if (evaluated.type === 'exception') throw new Error(`${what}: ${evaluated.exceptionDetails.text}`);
  const text = evaluated.result.value;
  if (typeof text !== 'string') throw new Error(`${what}: no result`);
  const parsed = JSON.parse(text) as { value?: T; error?: string };
  if (parsed.error !== undefined) throw new Error(`${what}: ${parsed.error}`);
  return parsed.value as T;
}

/** Wraps a function so it returns JSON `{value}` or `{error}` (one string crosses every boundary). */
const wrapped = (fn: string, lead: string[] = []) =>
  `async (${[...lead, 'json']}) => { try { const value = await (${fn})(${[...lead, 'JSON.parse(json)']}); return JSON.stringify({ value: value === undefined ? null : value }); } catch (e) { return JSON.stringify({ error: String(e && e.stack ? e + '\\n' + e.stack : e) }); } }`;

/**
 * Runs in the chrome window: grants activeTab for the tab showing `url` and, with `click`, emits a click
 * on a menu item of the add-on, as ext-menus.js does after a real click.
 */
function tabAction({ id, url, click }: { id: string; url: string; click?: object }) {
  type NativeTab = { linkedBrowser: { currentURI: { spec: string } } };
  const g = globalThis as unknown as {
    ChromeUtils: { importESModule(url: string): Record<string, unknown> };
    gBrowser: { tabs: NativeTab[] };
  };
  const { ExtensionParent } = g.ChromeUtils.importESModule(
    'resource://gre/modules/ExtensionParent.sys.mjs',
  ) as {
    ExtensionParent: {
      GlobalManager: {
        getExtension(id: string): {
          tabManager: { addActiveTabPermission(tab: NativeTab): void };
          emit(event: string, ...args: unknown[]): void;
        };
      };
    };
  };
  const tab = g.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === url);
  if (!tab) throw new Error(`no tab at ${url}`);
  const extension = ExtensionParent.GlobalManager.getExtension(id);
  extension.tabManager.addActiveTabPermission(tab);
  if (click)
    extension.emit(
      'webext-menu-menuitem-click',
      { editable: false, frameId: 0, pageUrl: url, modifiers: [], button: 0, ...click },
      tab,
    );
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxHarness> {
  const routes = new Map<string, string>();
  const server: Server = await serveFixtures(routes);
  const profile = mkdtempSync(join(tmpdir(), 'verbatim-ff-'));
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
  };
  if (options.withholdSiteAccess) prefs['extensions.originControls.grantByDefault'] = false;
  if (options.autoGrantPermissionRequests) prefs['extensions.webextOptionalPermissionPrompts'] = false;
  if (options.downloadDir) {
    prefs['browser.download.folderList'] = 2;
    prefs['browser.download.dir'] = options.downloadDir;
    prefs['browser.download.useDownloadDir'] = true;
    prefs['browser.download.always_ask_before_handling_new_types'] = false;
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
  });
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const { result: tree } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: Array<{ context: string }> };
  };
  const chromeContext = tree.contexts[0]?.context;
  if (!chromeContext) throw new Error('no chrome window');

  const inChrome = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
    const { result } = (await bidi.send('script.callFunction', {
      functionDeclaration: wrapped(fn.toString()),
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context: chromeContext },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: Evaluated };
    return parseResult<T>(result, 'in chrome');
  };

  // The background page through the DevTools server (what about:debugging's console uses).
  const inBackground = async <T, A>(fn: ((arg: A) => T | Promise<T>) | string, arg?: A): Promise<T> => {
    const expression = `(async () => (${wrapped(fn.toString())})(${JSON.stringify(JSON.stringify(arg ?? null))}))()`;
    const text = await inChrome(
      async ({ id, expression }: { id: string; expression: string }) => {
        type Commands = {
          targetCommand: { startListening(): Promise<void> };
          scriptCommand: {
            execute(
              text: string,
              options: object,
            ): Promise<{ result?: unknown; exceptionMessage?: unknown; topLevelAwaitRejected?: boolean }>;
          };
        };
        const g = globalThis as unknown as {
          ChromeUtils: { importESModule(url: string): { require(id: string): unknown } };
          __verbatimCommands?: Promise<Commands>;
        };
        if (!g.__verbatimCommands) {
          const { require } = g.ChromeUtils.importESModule(
            'resource://devtools/shared/loader/Loader.sys.mjs',
          );
          const { CommandsFactory } = require('devtools/shared/commands/commands-factory') as {
            CommandsFactory: { forAddon(id: string): Promise<Commands> };
          };
          g.__verbatimCommands = CommandsFactory.forAddon(id).then(async (commands) => {
            await commands.targetCommand.startListening();
            return commands;
          });
        }
        const commands = await g.__verbatimCommands;
        // `mapped.await`: the console's top-level await, so the promise's value comes back.
        const response = await commands.scriptCommand.execute(expression, { mapped: { await: true } });
        const value = response.result as string | { type?: string; string?(): Promise<string> };
        if (typeof value === 'string') return value;
        if (value && typeof value === 'object' && typeof value.string === 'function') return value.string();
        return JSON.stringify({
          error: `background evaluation failed: ${String(response.exceptionMessage)}`,
        });
      },
      { id: ADDON_ID, expression },
    );
    return parseResult<T>({ type: 'success', result: { type: 'string', value: text } }, 'in background');
  };

  const inShadowRoot = async <T, A>(
    page: Page,
    hostSelector: string,
    fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
    arg?: A,
  ): Promise<T> => {
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    const { result } = (await bidi.send('script.callFunction', {
      functionDeclaration: '(selector) => document.querySelector(selector)',
      arguments: [{ type: 'string', value: hostSelector }],
      target: { context },
      awaitPromise: false,
      resultOwnership: 'root',
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    })) as { result: Evaluated };
    if (result.type !== 'success') throw new Error(`no ${hostSelector}: ${result.exceptionDetails.text}`);
    const node = result.result as { type: string; value?: { shadowRoot?: { sharedId?: string } | null } };
    const sharedId = node.type === 'node' ? node.value?.shadowRoot?.sharedId : undefined;
    if (!sharedId)
      throw new Error(`${hostSelector} ${node.type === 'node' ? 'has no shadow root' : 'not found'}`);
    const { result: out } = (await bidi.send('script.callFunction', {
      functionDeclaration: wrapped(fn.toString(), ['root']),
      arguments: [{ sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: Evaluated };
    return parseResult<T>(out, `in ${hostSelector}'s shadow root`);
  };

  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    browser,
    baseUrl,
    routes,
    extensionUrl: (path) => `moz-extension://${ADDON_UUID}/${path}`,
    newPage: () => browser.newPage(),
    inBackground,
    inExtensionPage: (path, fn, arg) =>
      inBackground(
        `async (arg) => {
          const deadline = Date.now() + 15000;
          const find = () => browser.extension.getViews({ type: 'tab' }).find((v) => v.location.pathname === ${JSON.stringify(`/${path}`)} && v.document.readyState === 'complete');
          let view;
          while (!(view = find())) {
            if (Date.now() > deadline) throw new Error(${JSON.stringify(`no ${path} tab`)});
            await new Promise((ok) => setTimeout(ok, 50));
          }
          return (${fn.toString()})(view, arg);
        }`,
        arg,
      ),
    inChrome,
    inShadowRoot,
    async clickMenu(page, info) {
      await page.bringToFront();
      await inChrome(tabAction, { id: ADDON_ID, url: page.url(), click: info });
    },
    async grantActiveTab(page) {
      await inChrome(tabAction, { id: ADDON_ID, url: page.url() });
    },
    async selectTab(url) {
      await inChrome(
        async ({ url }: { url: string }) => {
          type NativeTab = { linkedBrowser: { currentURI: { spec: string }; focus(): void } };
          const g = globalThis as unknown as { gBrowser: { tabs: NativeTab[]; selectedTab: NativeTab } };
          const tab = g.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === url);
          if (!tab) throw new Error(`no tab at ${url}`);
          g.gBrowser.selectedTab = tab;
          tab.linkedBrowser.focus();
        },
        { url },
      );
    },
    async focusToolbar() {
      await inChrome(() => {
        (globalThis as unknown as { gURLBar: { focus(): void } }).gURLBar.focus();
      });
    },
    async pressKey(chord) {
      const keys = chord.split('+').map((name) => {
        const key = KEYS[name];
        if (!key) throw new Error(`no key ${name}`);
        return key;
      });
      await inChrome(
        ({ keys }: { keys: KeySpec[] }) => {
          type TextInputProcessor = {
            beginInputTransactionForTests(w: Window): boolean;
            keydown(e: KeyboardEvent): void;
            keyup(e: KeyboardEvent): void;
          };
          const g = globalThis as unknown as {
            Cc: Record<string, { createInstance(i: unknown): TextInputProcessor }>;
            Ci: Record<string, unknown>;
            window: Window;
          };
          const tip = g.Cc['@mozilla.org/text-input-processor;1']?.createInstance(g.Ci.nsITextInputProcessor);
          if (!tip?.beginInputTransactionForTests(g.window)) throw new Error('no text input processor');
          // Modifiers pressed first stay down (the processor keeps their state) until released.
          const events = keys.map((k) => new KeyboardEvent('', k));
          for (const e of events) tip.keydown(e);
          for (const e of events.reverse()) tip.keyup(e);
        },
        { keys },
      );
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
