/**
 * Saved verifications generated deterministically (same seed, same records), shaped like real ones, for
 * the library benchmark and the browser test with 10,000 records. Relative imports only: the browser
 * tests run without the `@/` alias.
 */
import { bundledCorpus } from '../../data/corpus';
import { VERDICTS, type Verdict } from '../../lib/types';
import type { VerificationRecord } from '../../utils/db';
import { prng } from './stats';

/** Records shaped like real ones: quotations cut from corpus passages, a few hundred sites, two years. */
export function generateRecords(count: number, seed = 2026): VerificationRecord[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const passages = bundledCorpus.passages;
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const passage = pick(passages);
    const words = passage.text.split(' ');
    const from = Math.floor(rand() * Math.max(1, words.length - 12));
    const quote = words.slice(from, from + 6 + Math.floor(rand() * 20)).join(' ');
    const status: Verdict = pick(VERDICTS);
    const found = status !== 'not-found';
    const at = start + Math.floor(rand() * 730 * 86_400_000);
    const attributedTo = rand() < 0.5 ? passage.speaker : null;
    return {
      id: i + 1,
      quote,
      status,
      passageIds: found ? [passage.id] : [],
      source: found ? passage.source : null,
      url: `https://news-${Math.floor(rand() * 300)}.example/story/${i}`,
      pageTitle: `Story ${i}: ${words.slice(0, 5).join(' ')}`,
      attributedTo,
      attribution: attributedTo ? 'ok' : 'unknown',
      speaker: found ? passage.speaker : null,
      origin: pick(['badge', 'selection', 'popup'] as const),
      createdAt: at,
      updatedAt: at + Math.floor(rand() * 86_400_000),
      result: {
        status,
        passageIds: found ? [passage.id] : [],
        source: found ? passage.source : null,
        page: found ? passage.page : null,
        speaker: found ? passage.speaker : null,
        evidence: found ? passage.evidence.level : null,
        attributedTo,
        attribution: attributedTo ? 'ok' : 'unknown',
        edits: [],
        diff: [{ op: 'equal', text: quote }],
        highlights: found ? [{ passageId: passage.id, ranges: [[0, quote.length]] }] : [],
        coverage: found ? 1 : 0,
      },
    };
  });
}
