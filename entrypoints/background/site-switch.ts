/**
 * The per-site switch as the background applies it. The page reads the switch itself (at document start)
 * and sends nothing from a site that is off; the background applies it again because it takes nothing on
 * the page's word, and because a switch flipped between the page's read and its message must still hold.
 * A switched-off site's blocks are dropped unread: nothing is extracted, matched or kept.
 * The set is read once and then kept current from storage change events, so a scan never waits for storage.
 */

/** The part of WXT's storage item `disabledSites` used here (a fake in unit tests). */
export interface DisabledSitesItem {
  getValue(): Promise<string[]>;
  watch(callback: (sites: string[] | null) => void): () => void;
}

export class SiteSwitch {
  #disabled: Promise<ReadonlySet<string>> | null = null;

  constructor(private readonly item: DisabledSitesItem) {
    item.watch((sites) => {
      this.#disabled = Promise.resolve(new Set(sites ?? []));
    });
  }

  /** The hostname of a page URL is switched on (the default; an unreadable switch reads as on, logged). */
  async isEnabled(pageUrl: string | undefined): Promise<boolean> {
    let hostname: string;
    try {
      hostname = new URL(pageUrl ?? '').hostname;
    } catch {
      return false; // no page URL to judge by: nothing to scan
    }
    return !(await this.#read()).has(hostname);
  }

  #read(): Promise<ReadonlySet<string>> {
    if (!this.#disabled) {
      const reading = this.item.getValue().then(
        (sites) => new Set(sites),
        (e) => {
          // Read again next time rather than remember a failure.
          if (this.#disabled === reading) this.#disabled = null;
          console.error('Verbatim: could not read the per-site switch; treating the site as on.', e);
          return new Set<string>();
        },
      );
      this.#disabled = reading;
    }
    return this.#disabled;
  }
}
