/**
 * Test access to Verbatim's CLOSED shadow roots through the Chrome DevTools Protocol: page scripts (and
 * Playwright locators) cannot see inside them, but DOM.getDocument with pierce:true can. Nothing test-only
 * ships in the extension.
 */
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function attr(node: CdpNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const c of node.shadowRoots ?? []) yield* walk(c);
  for (const c of node.children ?? []) yield* walk(c);
  if (node.contentDocument) yield* walk(node.contentDocument);
}

export class ClosedRoots {
  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<ClosedRoots> {
    return new ClosedRoots(await page.context().newCDPSession(page));
  }

  /**
   * Runs `fn` (a function source taking the shadow root as `this`) in the shadow root of the first matching
   * host: `<tag>`, or the element standing in for it (`verbatim-badge` → `[data-verbatim="badge"]`).
   */
  async inRoot<T>(tag: string, match: Record<string, string>, fn: string): Promise<T> {
    const kind = tag.replace(/^verbatim-/, '');
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    for (const node of walk(root)) {
      if (node.localName !== tag && attr(node, 'data-verbatim') !== kind) continue;
      if (!Object.entries(match).every(([k, v]) => attr(node, k) === v)) continue;
      const shadow = node.shadowRoots?.[0];
      if (!shadow) throw new Error(`<${tag}> has no shadow root`);
      const { object } = (await this.cdp.send('DOM.resolveNode', {
        backendNodeId: shadow.backendNodeId,
      })) as {
        object: { objectId: string };
      };
      const { result, exceptionDetails } = (await this.cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: fn,
        returnByValue: true,
        awaitPromise: true,
      })) as { result: { value: T }; exceptionDetails?: { text: string } };
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.value;
    }
    throw new Error(`no <${tag}> matching ${JSON.stringify(match)}`);
  }

  /** The accessibility tree's names and roles, closed shadow content included. */
  async axNodes(): Promise<Array<{ role: string; name: string }>> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ role?: { value?: string }; name?: { value?: string } }>;
    };
    return nodes.map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
  }
}
