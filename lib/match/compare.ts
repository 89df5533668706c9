/** When two words are the same word for matching purposes. */
import type { Token } from '../text/tokenise';

type Keyed = Pick<Token, 'key'> & { alt?: string };

/** Same key, or one side's alternative key ("one" as a numeral is "1"). */
export function keysEqual(a: Keyed, b: Keyed): boolean {
  return (
    a.key === b.key || (a.alt !== undefined && a.alt === b.key) || (b.alt !== undefined && b.alt === a.key)
  );
}

/** Tokens compare equal when they are the same kind (word / ellipsis / sic) and the same word. */
export function tokensEqual(a: Token, b: Token): boolean {
  return a.kind === b.kind && keysEqual(a, b);
}
