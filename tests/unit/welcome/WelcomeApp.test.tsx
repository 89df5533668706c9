// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { openDatabase, type VerbatimDB } from '@/utils/db';

let db: VerbatimDB;
beforeEach(() => {
  db = openDatabase(`welcome-${Math.random()}`);
});
afterEach(() => {
  cleanup();
  db.close();
});

const access = (granted: boolean, grants = true) => ({
  granted: vi.fn(async () => granted),
  request: vi.fn(async () => grants),
});

it('explains the badges, the corpus, the full report and where the settings are', async () => {
  render(<WelcomeApp db={db} access={access(true)} />);
  expect(screen.getByRole('list', { name: 'What the badges mean' }).textContent).toContain('Wrong speaker');
  expect(screen.getByRole('heading', { name: 'What Verbatim checks against' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Add the full report' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('/options.html');
});

it('offers "Grant access to all sites" only when the sites are not granted, and asks on a click', async () => {
  const granted = access(true);
  render(<WelcomeApp db={db} access={granted} />);
  await waitFor(() => expect(granted.granted).toHaveBeenCalled());
  expect(screen.queryByRole('button', { name: 'Grant access to all sites' })).toBeNull();
  cleanup();

  const missing = access(false);
  render(<WelcomeApp db={db} access={missing} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Grant access to all sites' }));
  await waitFor(() => expect(missing.request).toHaveBeenCalledTimes(1));
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Grant access to all sites' })).toBeNull());
});

it('says so when the browser refuses', async () => {
  render(<WelcomeApp db={db} access={access(false, false)} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Grant access to all sites' }));
  await screen.findByText(/did not grant access/);
});
