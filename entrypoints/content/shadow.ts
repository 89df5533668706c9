/**
 * Hosts for injected UI. The UI lives in a CLOSED shadow root so page scripts cannot read it
 * (`host.shadowRoot` is null) and page CSS cannot restyle it: `:host` resets every property with
 * `!important`, which beats even the page's `!important` rules on the host (inner context wins).
 */

export interface ShadowHost {
  host: HTMLElement;
  /** Where Preact renders; reachable only through this object. */
  mount: HTMLElement;
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

/**
 * `hostCss`: the host's own declarations (display; position for cards). `hostCssIsShared`: the same text
 * serves many hosts (badges), so it is parsed once and adopted, like `uiCss`, instead of a <style> per
 * host; a card's position differs every time and keeps its own <style>.
 */
export function createShadowHost(
  doc: Document,
  tag: string,
  hostCss: string,
  uiCss: string,
  hostCssIsShared = false,
): ShadowHost {
  const host = doc.createElement(tag);
  // delegatesFocus: focusing the host (e.g. from a test or a skip link) focuses the button inside.
  const root = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  const hostRule = `:host { all: initial !important; ${hostCss} }`;
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

/** True for elements Verbatim itself inserted. */
export function isOwnNode(node: Node): boolean {
  return node.nodeType === 1 && OWN_TAGS.has((node as Element).tagName);
}
