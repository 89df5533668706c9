/**
 * Hosts for injected UI. The UI lives in a CLOSED shadow root so page scripts cannot read it
 * (`host.shadowRoot` is null) and page CSS cannot restyle it: `:host` resets every property with
 * `!important`, which beats even the page's `!important` rules on the host (inner context wins).
 *
 * A host is `<verbatim-badge>` / `<verbatim-card>` unless the page has defined that name as its own custom
 * element: then creating one runs the page's constructor, which can take the host's ElementInternals (and
 * with them the closed root) or attach a root of its own. Such a page gets a plain `<span>` / `<div>`,
 * which no definition can upgrade, carrying `data-verbatim="badge"` / `"card"` (every host carries it).
 * A root attached while the name is undefined is never available to a later definition's internals.
 * Verbatim's hosts are known by identity: an element that looks like one but was not made here is not.
 */
export interface ShadowHost {
  host: HTMLElement;
  /** Where Preact renders; reachable only through this object. */
  mount: HTMLElement;
}

export type HostKind = 'badge' | 'card';

const ownHosts = new WeakSet<Node>();
/** Kinds whose element name the page defined: once defined, a name stays defined. */
const pageOwned = new Set<HostKind>();
const PLAIN: Record<HostKind, string> = { badge: 'span', card: 'div' };

/** Every element, page-made or not, that claims to be a Verbatim host. */
export const HOST_SELECTOR = 'verbatim-badge, [data-verbatim="badge"], verbatim-card, [data-verbatim="card"]';

const sheets = new Map<string, CSSStyleSheet | null>();

/** One parsed stylesheet per CSS text, shared by every root (dozens of badges parse their CSS once). */
function sharedSheet(css: string): CSSStyleSheet | null {
  if (!sheets.has(css)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null; // no constructable stylesheets here: fall back to a <style> element per root
    }
    sheets.set(css, sheet);
  }
  return sheets.get(css) ?? null;
}

/**
 * `hostCss`: the host's own declarations (display; position for cards). `hostCssIsShared`: the same text
 * serves many hosts (badges), so it is parsed once and adopted, like `uiCss`, instead of a <style> per
 * host; a card's position differs every time and keeps its own <style>.
 */
export function createShadowHost(
  doc: Document,
  kind: HostKind,
  hostCss: string,
  uiCss: string,
  hostCssIsShared = false,
): ShadowHost {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  if (!pageOwned.has(kind)) {
    const named = doc.createElement(`verbatim-${kind}`);
    // `:defined` only matches a custom element name once the page has defined it.
    if (named.matches(':defined') || named.shadowRoot) pageOwned.add(kind);
    else {
      host = named;
      root = attach(named);
    }
  }
  if (!host || !root) {
    host = doc.createElement(PLAIN[kind]);
    root = attach(host);
  }
  if (!root) throw new Error('Verbatim: cannot attach a shadow root here.');
  host.dataset.verbatim = kind;
  ownHosts.add(host);
  // `visibility` is inherited: a host inside a hidden container is hidden with it, like the words it follows.
  const hostRule = `:host { all: initial !important; visibility: inherit !important; ${hostCss} }`;
  const wanted = [hostCssIsShared ? hostRule : '', uiCss].filter(Boolean);
  const shared = wanted.map(sharedSheet);
  let adopted = false;
  if (shared.length > 0 && shared.every((sheet) => sheet !== null)) {
    try {
      root.adoptedStyleSheets = shared as CSSStyleSheet[];
      adopted = true;
    } catch {
      adopted = false; // e.g. a sheet from another realm: use <style> elements instead
    }
  }
  const styles = [hostCssIsShared ? '' : hostRule, ...(adopted ? [] : wanted)].filter(Boolean);
  for (const css of styles) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  const mount = doc.createElement('span');
  root.append(mount);
  return { host, mount };
}

function attach(host: HTMLElement): ShadowRoot | null {
  try {
    // delegatesFocus: focusing the host (e.g. from a test or a skip link) focuses the button inside.
    return host.attachShadow({ mode: 'closed', delegatesFocus: true });
  } catch {
    return null;
  }
}

/** True for hosts Verbatim itself made (never for a page's look-alike). */
export function isOwnNode(node: Node): boolean {
  return ownHosts.has(node);
}
