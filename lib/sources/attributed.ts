/**
 * Which documents an article's attribution names: a document is attributed when the article credits one
 * of its speakers (the attribution check's rule, so "Alvarez wrote" names a document spoken by "Judge
 * Alvarez") or uses one of its aliases ("the ruling said"). Only documents that carry speakers or aliases
 * as data can be named: added documents, and the bundled sources that data/source-aliases.json names.
 */
import type { Source } from '../corpus/types';
import { isCompleteFullText } from '../fulltext/completeness';
import { checkAttribution } from '../match/attribution';
import { BUNDLED_PACK_ID, packOf } from './pack';

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

/**
 * Whether a quotation found nowhere is known not to be in this document: a document the reader added is
 * the whole document (unless it says it is an excerpt); a bundled one holds only curated excerpts until
 * its complete full text is imported (lib/fulltext/completeness.ts).
 */
export function isCompleteDocument(source: Source, sources: Iterable<Source>): boolean {
  if (source.fullTextOf) return false;
  if (packOf(source) !== BUNDLED_PACK_ID) return source.scope !== 'excerpt';
  for (const other of sources)
    if (other.fullTextOf === source.id && isCompleteFullText(other, source)) return true;
  return false;
}
