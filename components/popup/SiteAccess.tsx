/**
 * Says plainly when Verbatim may not run on the current site (Firefox treats MV3 host permissions as
 * optional, Chrome lets users restrict site access) and asks for it with one click. Silent when access is
 * there or the page is not one a content script could run on.
 */
import { useEffect, useState } from 'preact/hooks';
import { browserSiteAccess, type SiteAccessApi, siteOrigin } from '@/utils/site-access';
import { checkableHost } from './page-kind';
import type { PopupServices } from './services';

type State =
  | { kind: 'checking' }
  | { kind: 'granted-before' }
  | { kind: 'missing'; tabId: number; host: string | null; origin: string | null }
  | { kind: 'granted'; tabId: number }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string };

export function SiteAccess(props: { services: Pick<PopupServices, 'activeTab'>; access?: SiteAccessApi }) {
  const access = props.access ?? browserSiteAccess;
  const [state, setState] = useState<State>({ kind: 'checking' });

  useEffect(() => {
    (async () => {
      const tab = await props.services.activeTab();
      if (!tab) return setState({ kind: 'granted-before' });
      const host = checkableHost(tab.url);
      // A known URL that no content script could run on (browser or extension page): nothing to ask for.
      if (tab.url && !host) return setState({ kind: 'granted-before' });
      const ok = await access.has(tab.url);
      setState(
        ok
          ? { kind: 'granted-before' }
          : { kind: 'missing', tabId: tab.id, host, origin: siteOrigin(tab.url) },
      );
    })().catch((e: unknown) =>
      setState({ kind: 'failed', message: `Could not read Verbatim’s site access: ${errorText(e)}` }),
    );
  }, [props.services, access]);

  if (state.kind === 'checking' || state.kind === 'granted-before') return null;
  if (state.kind === 'granted')
    return (
      <div class="site-access" role="status">
        <p>Access granted. Reload the page to check its quotations.</p>
        <button type="button" onClick={() => void access.reload(state.tabId)}>
          Reload the page
        </button>
      </div>
    );
  if (state.kind === 'refused' || state.kind === 'failed')
    return (
      <div class="site-access" role="alert">
        <p>{state.message}</p>
      </div>
    );

  const { tabId, host, origin } = state;
  // No await before `request`: the browser only allows it while it is handling the click.
  const ask = (origins: string[]) =>
    access.request(origins).then(
      (granted) =>
        setState(
          granted
            ? { kind: 'granted', tabId }
            : {
                kind: 'refused',
                message: 'Access was not granted: Verbatim cannot badge quotations on this site.',
              },
        ),
      (e: unknown) => setState({ kind: 'failed', message: `Could not ask for access: ${errorText(e)}` }),
    );
  return (
    <div class="site-access" role="alert">
      <p>
        {host
          ? `Verbatim has no access to ${host}, so it cannot badge the quotations on this page.`
          : 'Verbatim has no access to every site, so some pages get no badges.'}
      </p>
      <button type="button" onClick={() => void ask(access.allOrigins())}>
        Allow on all sites
      </button>
      {host && origin && (
        <button type="button" class="link" onClick={() => void ask([origin])}>
          Only on {host}
        </button>
      )}
    </div>
  );
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
