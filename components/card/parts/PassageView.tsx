import type { Passage, Source } from '@/lib/corpus/types';
import type { PassageHighlight } from '@/lib/types';
import { highlightSegments } from '../highlight';
import { EVIDENCE_TEXT, OUTLET_TEXT } from '../verdict-text';
import { SafeLink } from './SafeLink';

function Facts({ rows }: { rows: Array<[string, string | number | null | undefined]> }) {
  const shown = rows.filter(
    (r): r is [string, string | number] => r[1] !== null && r[1] !== undefined && r[1] !== '',
  );
  if (shown.length === 0) return null;
  return (
    <dl class="vb-facts">
      {shown.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One matched passage: its words (matched words highlighted), where it comes from, and why we believe it. */
export function PassageView({
  passage,
  source,
  highlight,
}: {
  passage: Passage;
  source?: Source;
  highlight?: PassageHighlight;
}) {
  const segments = highlightSegments(passage.text, highlight?.ranges ?? []);
  return (
    <section class="vb-passage" aria-label="Source passage">
      <blockquote class="vb-quote vb-source-text">
        {segments.map((s, i) =>
          s.hit ? (
            <mark key={i} class="vb-hit">
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </blockquote>
      {segments.some((s) => s.hit) && <p class="vb-legend">Highlighted: the words the quotation matched.</p>}
      <Facts
        rows={[
          ['Source', source?.title],
          ['Publisher', source?.publisher],
          ['Number', source?.number],
          ['Published', source?.date],
          ['Page', passage.page],
          ['Section', passage.section],
          ['Speaker', passage.speaker],
          ['Recipient', passage.recipient],
          ['Date', passage.date],
          ['Record', passage.kind.replace(/-/g, ' ')],
          ['Context', passage.context],
        ]}
      />
      <div class="vb-evidence">
        <h4>Evidence: {EVIDENCE_TEXT[passage.evidence.level]}</h4>
        {passage.evidence.sources.length > 0 && (
          <ul>
            {passage.evidence.sources.map((s, i) => (
              <li key={i} data-outlet={s.outlet ?? 'file'}>
                <span class="vb-outlet">{s.outlet ? OUTLET_TEXT[s.outlet] : 'your imported file'}</span>{' '}
                <SafeLink url={s.url} /> — printed: {s.printed}
              </li>
            ))}
          </ul>
        )}
      </div>
      {passage.note && <p class="vb-note">Note: {passage.note}</p>}
      {passage.variants && passage.variants.length > 0 && (
        <div class="vb-variants">
          <h4>Also printed as… (not evidence)</h4>
          <ul>
            {passage.variants.map((v, i) => (
              <li key={i}>
                {v.kind}: {v.printed} — <SafeLink url={v.url} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
