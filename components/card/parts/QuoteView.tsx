import type { DiffPart, Edit } from '@/lib/types';
import { diffRuns } from '../diff-text';
import { describeEdit, EDIT_NAME, markEdits } from '../edit-marks';
import { highlightSegments } from '../highlight';

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

/** Word diff from the passage to the quotation, labelled in text (not colour alone), spaces kept. */
export function QuoteDiff({ quote, diff }: { quote: string; diff: DiffPart[] }) {
  return (
    <>
      <blockquote class="vb-quote vb-diff">
        {diffRuns(quote, diff).map((run, i) => {
          if (run.op === 'added') {
            return (
              <ins key={i}>
                <span class="vb-sr">added: </span>
                {run.text}
              </ins>
            );
          }
          if (run.op === 'removed') {
            return (
              <del key={i}>
                <span class="vb-sr">source has: </span>
                {run.text}
              </del>
            );
          }
          return <span key={i}>{run.text}</span>;
        })}
      </blockquote>
      <p class="vb-legend">
        <ins>underlined</ins>: only in the article · <del>struck through</del>: what the source says
      </p>
    </>
  );
}

/**
 * A partly found quotation with the words no source supports marked. `unsupported` holds character
 * ranges of the quotation; without them the quotation is shown plain (the verdict sentence says how much
 * was found).
 */
export function QuoteUnsupported({
  quote,
  unsupported,
}: {
  quote: string;
  unsupported: ReadonlyArray<readonly [number, number]>;
}) {
  const segments = highlightSegments(quote, unsupported);
  return (
    <>
      <blockquote class="vb-quote">
        {segments.map((s, i) =>
          s.hit ? (
            <mark key={i} class="vb-unsupported">
              <span class="vb-sr">not found: </span>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </blockquote>
      {segments.some((s) => s.hit) && (
        <p class="vb-legend">
          <mark class="vb-unsupported">Marked</mark>: words found in no source of the corpus
        </p>
      )}
    </>
  );
}

/**
 * Ranges of the quotation no source supports, from a result's `unsupported` field when the engine
 * gives one: character ranges, or the unsupported words themselves (found in order).
 */
export function unsupportedRanges(quote: string, value: unknown): Array<[number, number]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (const item of value) {
    if (
      Array.isArray(item) &&
      typeof item[0] === 'number' &&
      typeof item[1] === 'number' &&
      item[1] > item[0]
    ) {
      out.push([item[0], item[1]]);
      continue;
    }
    const word = typeof item === 'string' ? item : (item as { text?: unknown } | null)?.text;
    if (typeof word !== 'string' || !word) continue;
    const at = quote.indexOf(word, cursor);
    if (at < 0) continue;
    out.push([at, at + word.length]);
    cursor = at + word.length;
  }
  return out;
}
