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

export function createShadowHost(doc: Document, tag: string, hostCss: string, uiCss: string): ShadowHost {
  const host = doc.createElement(tag);
  // delegatesFocus: focusing the host (e.g. from a test or a skip link) focuses the button inside.
  const root = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  const style = doc.createElement('style');
  const setHostCss = (css: string) => {
    style.textContent = `:host { all: initial !important; ${css} }\n${uiCss}`;
  };
  setHostCss(hostCss);
  const mount = doc.createElement('span');
  root.append(style, mount);
  return { host, mount, setHostCss };
}

/** True for elements Verbatim itself inserted. */
export function isOwnNode(node: Node): boolean {
  return node.nodeType === 1 && OWN_TAGS.has((node as Element).tagName);
}
