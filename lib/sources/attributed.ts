/**
 * Which documents an article's attribution names: a document is attributed when the article credits one
 * of its speakers (the attribution check's rule, so "Alvarez wrote" names a document spoken by "Judge
 * Alvarez") or uses one of its aliases ("the ruling said"). Only documents that carry speakers or aliases
 * as data can be named; the bundled corpus carries none, so its verdicts are what they always were.
 */
import type { Source } from '../corpus/types';
import { checkAttribution } from '../match/attribution';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namesAlias(attributedTo: string, alias: string): boolean {
  const words = alias.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return words !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(attributedTo);
}

export function namesDocument(attributedTo: string, source: Source): boolean {
  return (
    (source.aliases?.names ?? []).some((alias) => namesAlias(attributedTo, alias)) ||
    (source.speakers ?? []).some((speaker) => checkAttribution(attributedTo, speaker) === 'ok')
  );
}

/** Ids of the documents the attribution names (empty when it names none, or there is none). */
export function attributedDocuments(
  sources: Iterable<Source>,
  attributedTo: string | null | undefined,
): ReadonlySet<string> {
  const named = new Set<string>();
  if (!attributedTo?.trim()) return named;
  for (const source of sources) {
    if (!source.speakers?.length && !source.aliases?.names.length) continue;
    if (namesDocument(attributedTo, source)) named.add(source.id);
  }
  return named;
}
