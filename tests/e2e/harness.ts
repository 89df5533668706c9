/**
 * Launches Debian Chromium headless with the built extension (.output/chrome-mv3) loaded, and serves
 * tests/fixtures on 127.0.0.1. One browser per test file: call `launch()` in beforeAll, `close()` in afterAll.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(process.cwd(), '.output/chrome-mv3');
export const FIXTURES_DIR = resolve(process.cwd(), 'tests/fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Base URL of the fixture server, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** Extra routes a test can add: path -> body (served as text/html unless the path has an extension). */
  routes: Map<string, string>;
  /** Console errors seen on any page of the context (extension pages included). */
  consoleErrors: string[];
  /** The welcome page the extension opened on install (closed by launch unless `keepWelcome`). */
  welcome: Page | null;
  openExtensionPage(path: string): Promise<Page>;
  /** Evaluate in the service worker (chrome.* APIs available). */
  inWorker<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}

export function serveFixtures(routes: Map<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const extra = routes.get(path);
    const type = TYPES[extname(path)] ?? TYPES['.html'];
    if (extra !== undefined) {
      res.writeHead(200, { 'content-type': type });
      res.end(extra);
      return;
    }
    const file = resolve(FIXTURES_DIR, `.${path}`);
    if (!file.startsWith(FIXTURES_DIR)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** `extensionDir`: load another build than `.output/chrome-mv3` (e.g. a copy with a patched manifest). */
export async function launch(
  options: { extensionDir?: string; keepWelcome?: boolean } = {},
): Promise<Harness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
  const routes = new Map<string, string>();
  const server = await serveFixtures(routes);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const consoleErrors: string[] = [];
  const watch = (page: Page) =>
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The install opens the welcome page in a tab of its own; tests that do not look at it get it out of
  // the way, so it is never the active tab they meant.
  let welcome: Page | null = null;
  for (let i = 0; i < 100 && !welcome; i++) {
    welcome =
      context.pages().find((p) => p.url() === `chrome-extension://${extensionId}/welcome.html`) ?? null;
    if (!welcome) await new Promise((ok) => setTimeout(ok, 100));
  }
  if (welcome && !options.keepWelcome) await welcome.close();
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    context,
    worker,
    extensionId,
    baseUrl,
    routes,
    consoleErrors,
    welcome: options.keepWelcome ? welcome : null,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    inWorker(fn, arg) {
      return worker.evaluate(fn as never, arg) as never;
    },
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
