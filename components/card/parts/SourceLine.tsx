import type { Passage, Source } from '@/lib/corpus/types';
import type { MatchResult } from '@/lib/types';
import { EVIDENCE_TEXT } from '../verdict-text';
import { recordedSpeaker, speakerName } from '../wording';

/** "Report 21-028": numbered documents by number, others by title. */
export function shortTitle(source: Source): string {
  return source.number ? `Report ${source.number}` : source.title;
}

/** One line of where the words come from: short title, page, date, speaker; then how we know, in words. */
export function SourceLine({
  result,
  passages,
  source,
}: {
  result: MatchResult;
  passages: Passage[];
  source: Source | undefined;
}) {
  if (!source || result.status === 'not-found') return null;
  const first = passages[0];
  const page = result.page ?? first?.page ?? null;
  const speaker = recordedSpeaker(result, passages);
  const parts = [
    shortTitle(source),
    page ? `p. ${page}` : null,
    first?.date ?? source.date,
    speaker ? speakerName(speaker) : null,
  ].filter((x): x is string => Boolean(x));
  const level = result.evidence ?? first?.evidence.level ?? null;
  return (
    <>
      <p class="vb-source-line">{parts.join(' · ')}</p>
      {level && level !== 'original' && <p class="vb-evidence-line">{EVIDENCE_TEXT[level]}.</p>}
    </>
  );
}
