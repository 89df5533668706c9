/**
 * Hosts for injected UI. The UI lives in a CLOSED shadow root so page scripts cannot read it
 * (`host.shadowRoot` is null) and page CSS cannot restyle it: `:host` resets every property with
 * `!important`, which beats even the page's `!important` rules on the host (inner context wins).
 */

export interface ShadowHost {
  host: HTMLElement;
  /** Where Preact renders; reachable only through this object. */
  mount: HTMLElement;
  /** Replaces the host's own declarations (position, for cards), keeping the reset and the UI styles. */
  setHostCss(css: string): void;
}

export const OWN_TAGS = new Set(['VERBATIM-BADGE', 'VERBATIM-CARD']);

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

export function createShadowHost(doc: Document, tag: string, hostCss: string, uiCss: string): ShadowHost {
  const host = doc.createElement(tag);
  // delegatesFocus: focusing the host (e.g. from a test or a skip link) focuses the button inside.
  const root = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  const hostStyle = doc.createElement('style');
  const setHostCss = (css: string) => {
    hostStyle.textContent = `:host { all: initial !important; ${css} }`;
  };
  setHostCss(hostCss);
  const mount = doc.createElement('span');
  root.append(hostStyle);
  const shared = uiCss ? sharedSheet(uiCss) : null;
  let adopted = false;
  if (shared) {
    try {
      root.adoptedStyleSheets = [shared];
      adopted = true;
    } catch {
      adopted = false; // e.g. a sheet from another realm: use a <style> element instead
    }
  }
  if (uiCss && !adopted) {
    const uiStyle = doc.createElement('style');
    uiStyle.textContent = uiCss;
    root.append(uiStyle);
  }
  root.append(mount);
  return { host, mount, setHostCss };
}

/** True for elements Verbatim itself inserted. */
export function isOwnNode(node: Node): boolean {
  return node.nodeType === 1 && OWN_TAGS.has((node as Element).tagName);
}
