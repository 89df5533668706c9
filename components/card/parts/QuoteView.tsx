import type { DiffPart, Edit } from '@/lib/types';
import { describeEdit, EDIT_NAME, markEdits } from '../edit-marks';

/** The quotation with each editorial edit marked and named in text. */
export function QuoteWithEdits({ quote, edits }: { quote: string; edits: Edit[] }) {
  const segments = markEdits(quote, edits);
  return (
    <>
      <blockquote class="vb-quote">
        {segments.map((s, i) =>
          s.edit ? (
            <mark key={i} class="vb-edit" data-edit={s.edit.type} title={describeEdit(s.edit)}>
              {s.text}
              <span class="vb-edit-tag">{EDIT_NAME[s.edit.type]}</span>
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </blockquote>
      {edits.length > 0 && (
        <ul class="vb-edits" aria-label="Editorial marks">
          {edits.map((e, i) => (
            <li key={i}>
              <span class="vb-edit-text">{e.text}</span> — {describeEdit(e)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * A partly found quotation with the words found in no source marked (and said in text for screen
 * readers). Ranges out of the quotation's bounds, overlapping or out of order are skipped.
 */
export function QuoteUnsupported({
  quote,
  ranges,
}: {
  quote: string;
  ranges: ReadonlyArray<[number, number]>;
}) {
  const parts: Array<{ text: string; unsupported: boolean }> = [];
  let pos = 0;
  for (const [start, end] of ranges) {
    if (start < pos || end <= start || end > quote.length) continue;
    if (start > pos) parts.push({ text: quote.slice(pos, start), unsupported: false });
    parts.push({ text: quote.slice(start, end), unsupported: true });
    pos = end;
  }
  if (pos < quote.length) parts.push({ text: quote.slice(pos), unsupported: false });
  return (
    <>
      <p class="vb-legend">
        <mark class="vb-unsupported">marked</mark>: found in no source
      </p>
      <blockquote class="vb-quote">
        {parts.map((p, i) =>
          p.unsupported ? (
            <mark key={i} class="vb-unsupported">
              <span class="vb-sr">not found: </span>
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </blockquote>
    </>
  );
}

/** Word diff from the passage to the quotation, labelled in text (not colour alone). */
export function QuoteDiff({ diff }: { diff: DiffPart[] }) {
  return (
    <>
      <p class="vb-legend">
        <ins>underlined</ins>: only in the article · <del>struck through</del>: what the source says
      </p>
      <blockquote class="vb-quote vb-diff">
        {diff.map((part, i) => {
          if (part.op === 'added') {
            return (
              <ins key={i}>
                <span class="vb-sr">added: </span>
                {part.text}
              </ins>
            );
          }
          if (part.op === 'removed') {
            return (
              <del key={i}>
                <span class="vb-sr">source has: </span>
                {part.text}
              </del>
            );
          }
          return <span key={i}>{part.text}</span>;
        })}
      </blockquote>
    </>
  );
}
