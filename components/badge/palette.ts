/** The badges' colours, one place for the inline badge and the legend that explains it. */
import type { Shown } from '../card/verdict-text';

export const BADGE_PALETTE: Record<Shown, { bg: string; border: string; fg: string }> = {
  verified: { bg: '#e4f4e2', border: '#2f7d32', fg: '#17421a' },
  edited: { bg: '#e5eefc', border: '#1a5fb4', fg: '#0f335f' },
  altered: { bg: '#fde8e6', border: '#b3261e', fg: '#5e120e' },
  partial: { bg: '#fff3dc', border: '#a15c00', fg: '#4f2d00' },
  'wrong-speaker': { bg: '#ffe08a', border: '#8a5d00', fg: '#3d2900' },
  elsewhere: { bg: '#efe7fb', border: '#6a3fb5', fg: '#34195f' },
  phrase: { bg: '#f7f7f7', border: '#9a9a9a', fg: '#3b3b3b' },
  'not-found': { bg: '#f2f2f2', border: '#6b6b6b', fg: '#2b2b2b' },
  hidden: { bg: '#fbe3e3', border: '#8a1c1c', fg: '#4a0c0c' },
};

/** One rule per badge kind, for elements matched by `selector(kind)`. */
export function paletteRules(selector: (shown: Shown) => string): string {
  return Object.entries(BADGE_PALETTE)
    .map(
      ([shown, c]) =>
        `${selector(shown as Shown)} { background: ${c.bg}; border-color: ${c.border}; color: ${c.fg}; }`,
    )
    .join('\n');
}
