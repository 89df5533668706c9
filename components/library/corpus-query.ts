/** Search and filters over corpus passages (the corpus tab), and what the corpus covers. Pure functions. */
import { EVIDENCE_LEVELS, type EvidenceLevel, type Passage } from '@/lib/corpus/types';
import { foldText, searchTerms } from '@/utils/library-query';

export interface CorpusQuery {
  /** Every word must appear in the passage's text, speaker or id. */
  search: string;
  source: string;
  speaker: string;
  kind: string;
  evidence: '' | EvidenceLevel;
}

export const EMPTY_CORPUS_QUERY: CorpusQuery = {
  search: '',
  source: '',
  speaker: '',
  kind: '',
  evidence: '',
};

/** Value of the speaker filter for passages without a speaker. */
export const NO_SPEAKER = '(none)';

const haystacks = new WeakMap<Passage, string>();

function haystackOf(p: Passage): string {
  let h = haystacks.get(p);
  if (h === undefined) {
    h = foldText(`${p.text}\n${p.speaker ?? ''}\n${p.id}`);
    haystacks.set(p, h);
  }
  return h;
}

/** Keeps the passages' own (reading) order. */
export function filterPassages(passages: Passage[], q: CorpusQuery): Passage[] {
  const terms = searchTerms(q.search);
  return passages.filter(
    (p) =>
      (!q.source || p.source === q.source) &&
      (!q.speaker || (q.speaker === NO_SPEAKER ? p.speaker === null : p.speaker === q.speaker)) &&
      (!q.kind || p.kind === q.kind) &&
      (!q.evidence || p.evidence.level === q.evidence) &&
      (terms.length === 0 || terms.every((t) => haystackOf(p).includes(t))),
  );
}

/** Distinct values of a field, sorted, for a filter's options. */
export function distinct(passages: Passage[], field: 'speaker' | 'kind'): string[] {
  const values = new Set<string>();
  for (const p of passages) {
    const v = p[field];
    if (v) values.add(v);
  }
  return [...values].sort((a, b) => a.localeCompare(b));
}

export interface Coverage {
  bySource: Map<string, number>;
  byEvidence: Record<EvidenceLevel, number>;
  total: number;
}

export function coverageOf(passages: Passage[]): Coverage {
  const bySource = new Map<string, number>();
  const byEvidence = Object.fromEntries(EVIDENCE_LEVELS.map((l) => [l, 0])) as Record<EvidenceLevel, number>;
  for (const p of passages) {
    bySource.set(p.source, (bySource.get(p.source) ?? 0) + 1);
    byEvidence[p.evidence.level]++;
  }
  return { bySource, byEvidence, total: passages.length };
}
