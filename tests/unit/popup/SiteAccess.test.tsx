// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteAccess } from '@/components/popup/SiteAccess';
import type { ActiveTab } from '@/components/popup/services';
import type { SiteAccessApi } from '@/utils/site-access';

afterEach(cleanup);

const ALL = ['http://*/*', 'https://*/*'];

function access(has: boolean, over: Partial<SiteAccessApi> = {}): SiteAccessApi {
  return {
    has: vi.fn(async () => has),
    request: vi.fn(async () => true),
    allOrigins: () => ALL,
    reload: vi.fn(async () => undefined),
    ...over,
  };
}

const tabAt = (url: string | null): ActiveTab => ({ id: 3, url, title: 'A story' });
const services = (tab: ActiveTab | null) => ({ activeTab: vi.fn(async () => tab) });

describe('SiteAccess', () => {
  it('says nothing when Verbatim has access to the site', async () => {
    const api = access(true);
    const { container } = render(
      <SiteAccess services={services(tabAt('https://news.example/a'))} access={api} />,
    );
    await waitFor(() => expect(api.has).toHaveBeenCalledWith('https://news.example/a'));
    expect(container.textContent).toBe('');
  });

  it('says plainly when the site is not granted, asks for all sites or this one, and offers a reload', async () => {
    const api = access(false);
    render(<SiteAccess services={services(tabAt('https://news.example/a'))} access={api} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Verbatim has no access to news.example');
    fireEvent.click(screen.getByRole('button', { name: 'Allow on all sites' }));
    expect(api.request).toHaveBeenCalledWith(ALL);
    await screen.findByText('Access granted. Reload the page to check its quotations.');
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(api.reload).toHaveBeenCalledWith(3);
  });

  it('can ask for the one site', async () => {
    const api = access(false);
    render(<SiteAccess services={services(tabAt('http://127.0.0.1:8080/x'))} access={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Only on 127.0.0.1' }));
    expect(api.request).toHaveBeenCalledWith(['http://127.0.0.1/*']);
  });

  it('calls the request synchronously inside the click (Firefox refuses it after an await)', async () => {
    const api = access(false);
    render(<SiteAccess services={services(tabAt('https://news.example/a'))} access={api} />);
    const button = await screen.findByRole('button', { name: 'Allow on all sites' });
    button.click();
    // No microtask has run since the click.
    expect(api.request).toHaveBeenCalledTimes(1);
  });

  it('a refusal or an error is said, not swallowed', async () => {
    const refused = access(false, { request: vi.fn(async () => false) });
    render(<SiteAccess services={services(tabAt('https://news.example/a'))} access={refused} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on all sites' }));
    await screen.findByText(/Access was not granted/);
    cleanup();
    const failing = access(false, { has: vi.fn(async () => Promise.reject(new Error('no API'))) });
    render(<SiteAccess services={services(tabAt('https://news.example/a'))} access={failing} />);
    expect((await screen.findByRole('alert')).textContent).toContain('no API');
  });

  it('without a known URL, checks every site; on browser pages it stays silent', async () => {
    const api = access(false);
    render(<SiteAccess services={services(tabAt(null))} access={api} />);
    expect((await screen.findByRole('alert')).textContent).toContain('no access to every site');
    expect(api.has).toHaveBeenCalledWith(null);
    expect(screen.queryByRole('button', { name: /^Only on/ })).toBeNull();
    cleanup();
    const quiet = access(false);
    const { container } = render(<SiteAccess services={services(tabAt('about:addons'))} access={quiet} />);
    await new Promise((ok) => setTimeout(ok, 20));
    expect(container.textContent).toBe('');
    expect(quiet.has).not.toHaveBeenCalled();
  });
});
