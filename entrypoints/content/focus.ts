/** focusQuote: the popup asks the page to show quotation `index` of the latest scan. */
import type { BadgeLayer } from './badges';

export function focusQuote(badges: BadgeLayer, index: number): boolean {
  const entry = badges.byIndex(index);
  if (!entry) return false;
  entry.host.scrollIntoView({ block: 'center' });
  badges.open(entry);
  return true;
}
