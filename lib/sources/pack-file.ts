/**
 * A pack as one JSON file, to share a newsroom's library: `{format, formatVersion, pack, sources,
 * passages}` with the pack's content hash. Reading one validates everything before anything is stored:
 * the shape of every row, that every passage's document is in the file, and the hash.
 */
import { z } from 'zod';
import { canonicalJson } from '../corpus/hash';
import { passageSchema, sourceSchema } from '../corpus/schema';
import type { Passage, Source } from '../corpus/types';
import { BUNDLED_PACK_ID, type Pack } from './pack';

export const PACK_FORMAT = 'verbatim-pack';
export const PACK_FORMAT_VERSION = 1;

export interface PackFile {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  pack: { id: string; title: string; version: string; hash: string };
  sources: Source[];
  passages: Passage[];
}

const packFileSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  pack: z.object({
    id: z
      .string()
      .regex(/^[A-Za-z][\w.-]{0,80}$/, 'a pack id is letters, digits, dot, dash')
      .refine((id) => id !== BUNDLED_PACK_ID, 'the bundled pack cannot be imported'),
    title: z.string().trim().min(1),
    version: z.string().trim().min(1),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  sources: z.array(sourceSchema).min(1),
  passages: z.array(passageSchema).min(1),
});

/** SHA-256 of what a pack holds (its id, title, version, documents and passages). */
export async function packHash(
  content: Omit<PackFile, 'format' | 'formatVersion' | 'pack'> & {
    pack: { id: string; title: string; version: string };
  },
): Promise<string> {
  const { id, title, version } = content.pack;
  const canonical = canonicalJson({
    pack: { id, title, version },
    sources: content.sources.map(({ pack: _, ...s }) => s),
    passages: content.passages,
  });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function toPackFile(pack: Pack, sources: Source[], passages: Passage[]): Promise<PackFile> {
  const head = { id: pack.id, title: pack.title, version: pack.version };
  const bare = sources.map(({ pack: _, ...s }) => s);
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    pack: { ...head, hash: await packHash({ pack: head, sources: bare, passages }) },
    sources: bare,
    passages,
  };
}

export type PackFileReading =
  | { ok: true; pack: Pack; sources: Source[]; passages: Passage[] }
  | { ok: false; errors: string[] };

/** Validates a pack file's text; on success, the user pack to store (enabled). */
export async function readPackFile(text: string, now: number): Promise<PackFileReading> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not JSON: ${(e as Error).message}`] };
  }
  const parsed = packFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
    };
  const file = parsed.data as PackFile;
  const errors: string[] = [];
  const sourceIds = new Set(file.sources.map((s) => s.id));
  if (sourceIds.size !== file.sources.length) errors.push('sources: duplicate document id');
  const passageIds = new Set<string>();
  for (const p of file.passages) {
    if (!sourceIds.has(p.source)) errors.push(`passages: ${p.id} names an unknown document ${p.source}`);
    if (passageIds.has(p.id)) errors.push(`passages: duplicate id ${p.id}`);
    passageIds.add(p.id);
  }
  if (errors.length === 0 && (await packHash(file)) !== file.pack.hash)
    errors.push('pack.hash: the content does not match its hash (the file was changed or is incomplete)');
  if (errors.length) return { ok: false, errors: errors.slice(0, 10) };
  const { hash, ...head } = file.pack;
  return {
    ok: true,
    pack: { ...head, hash, origin: 'user', enabled: true, addedAt: now },
    sources: file.sources.map((s) => ({ ...s, pack: head.id })),
    passages: file.passages,
  };
}
