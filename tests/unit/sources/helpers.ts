/** A generated document the tests add to the library: its own sentences, on two pages. */
import { contentHash } from '@/lib/fulltext/hash';
import type { RawPage } from '@/lib/fulltext/types';
import { buildDocument, type DocumentBuild } from '@/lib/sources/document';
import type { Pack } from '@/lib/sources/pack';
import { RULING_SENTENCES } from './sentences';

export { RULING_SENTENCES };

export const rulingPages = (): RawPage[] => [
  {
    lines: ['Memorandum Opinion of the District Court', 'March 3, 2025', RULING_SENTENCES[0] as string],
    label: '1',
  },
  { lines: [RULING_SENTENCES[1] as string, RULING_SENTENCES[2] as string], label: '2' },
];

export async function rulingDocument(pack = 'user-test'): Promise<DocumentBuild> {
  const pages = rulingPages();
  return buildDocument({
    pages,
    format: 'text',
    fileName: 'ruling.txt',
    version: await contentHash(new TextEncoder().encode(JSON.stringify(pages))),
    pack,
    title: 'Memorandum Opinion of the District Court',
    kind: 'ruling',
    date: '2025-03-03',
    publisher: 'U.S. District Court',
    speakers: ['Judge Alvarez'],
    aliases: ['the ruling', 'the opinion'],
  });
}

export const userPack = (id = 'user-test', at = 1): Pack => ({
  id,
  title: 'Test pack',
  version: '1',
  hash: 'a'.repeat(64),
  origin: 'user',
  enabled: true,
  addedAt: at,
});
