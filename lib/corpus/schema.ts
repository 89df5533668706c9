/** Runtime schema of the corpus: the build script, the seeding code and the tests all validate with it. */
import { z } from 'zod';
import { EVIDENCE_LEVELS, OUTLET_KINDS } from './types';

const url = z.url({ protocol: /^https?$/ });
/** Evidence of an imported full text is the user's own file: `file:<encoded file name>`. */
const evidenceUrl = z.union([
  url,
  z.string().regex(/^file:[^\s/]+$/, 'a file: URL holds an encoded file name'),
]);
const nonEmpty = z.string().trim().min(1);

export const sourceSchema = z.object({
  id: nonEmpty,
  role: z.enum(['primary', 'related']),
  title: nonEmpty,
  publisher: nonEmpty,
  date: nonEmpty,
  number: z.string().optional(),
  revised: z.string().optional(),
  pages: z.number().int().positive().optional(),
  urls: z.array(url).optional(),
  note: z.string().optional(),
  fullTextOf: z.string().optional(),
  version: z.string().optional(),
  pack: z.string().optional(),
  kind: z.string().optional(),
  speakers: z.array(nonEmpty).optional(),
  scope: z.enum(['complete', 'excerpt']).optional(),
  edition: z.enum(['original', 'revised']).optional(),
  aliases: z.object({ names: z.array(nonEmpty).max(200), terms: z.array(nonEmpty).max(200) }).optional(),
  shortName: z.string().trim().min(1).max(24).optional(),
});

export const passageSchema = z.object({
  id: z.string().regex(/^[A-Za-z][\w.-]*$/, 'ids are letters, digits, dot, dash'),
  source: nonEmpty,
  text: nonEmpty,
  kind: nonEmpty,
  speaker: z.string().nullable(),
  recipient: z.string().nullable(),
  date: z.string().nullable(),
  page: z.string().nullable(),
  section: z.string().nullable(),
  context: z.string().nullable(),
  note: z.string().optional(),
  variants: z.array(z.object({ url, printed: z.string(), kind: nonEmpty })).optional(),
  evidence: z.object({
    level: z.enum(EVIDENCE_LEVELS),
    sources: z
      .array(z.object({ url: evidenceUrl, printed: z.string(), outlet: z.enum(OUTLET_KINDS).optional() }))
      .min(1),
  }),
  linkedPassage: z.string().optional(),
});

export const corpusSchema = z
  .object({
    version: nonEmpty,
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    sources: z.array(sourceSchema).min(1),
    passages: z.array(passageSchema).min(1),
  })
  .superRefine((corpus, ctx) => {
    const sourceIds = new Set(corpus.sources.map((s) => s.id));
    if (sourceIds.size !== corpus.sources.length)
      ctx.addIssue({ code: 'custom', message: 'duplicate source id' });
    if (!corpus.sources.some((s) => s.role === 'primary'))
      ctx.addIssue({ code: 'custom', message: 'no primary source' });
    const seen = new Set<string>();
    corpus.passages.forEach((p, i) => {
      if (seen.has(p.id))
        ctx.addIssue({ code: 'custom', path: ['passages', i, 'id'], message: `duplicate id ${p.id}` });
      seen.add(p.id);
      if (!sourceIds.has(p.source))
        ctx.addIssue({
          code: 'custom',
          path: ['passages', i, 'source'],
          message: `${p.id}: unknown source ${p.source}`,
        });
    });
  });

export type CorpusValidation = { ok: true } | { ok: false; errors: string[] };

/** Validates a whole corpus; returns every problem found, each naming the row it is on. */
export function validateCorpus(value: unknown): CorpusValidation {
  const parsed = corpusSchema.safeParse(value);
  if (parsed.success) return { ok: true };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(corpus)'}: ${issue.message}`),
  };
}
