/**
 * A copy of the built extension whose manifest grants the fixture server's origin. A context-menu click
 * or the keyboard command grants exactly that (`activeTab`: access to the tab's origin until it
 * navigates), but headless Chromium cannot click the native menu nor deliver commands, and a dispatched
 * event grants nothing. The shipped manifest is unchanged; only this test copy carries the grant.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

export function extensionWithTabAccess(origin = 'http://127.0.0.1/*'): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-ext-'));
  const dir = join(root, 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), origin];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
