/**
 * The one provenance card: what Verbatim knows about a quotation and why. Rendered with Preact text nodes
 * only, since quotation, passage and corpus text are all untrusted as markup.
 */
import { useCallback, useId, useRef, useState } from 'preact/hooks';
import type { Passage } from '@/lib/corpus/types';
import { citationText, copyCitation } from './citation';
import { Dispute } from './parts/Dispute';
import { Legend } from './parts/Legend';
import { PassageView } from './parts/PassageView';
import { QuoteDiff, QuoteUnsupported, QuoteWithEdits, unsupportedRanges } from './parts/QuoteView';
import { SourceLine } from './parts/SourceLine';
import { CARD_CSS } from './styles';
import type { MessageCardProps, ProvenanceCardProps } from './types';
import { useDialog } from './use-dialog';
import { SHOWN_ICON, SHOWN_LABEL, shownVerdict } from './verdict-text';
import { attributionSentence, corpusCoverage, verdictSentence, wrongSpeakerSentence } from './wording';

function CardFrame(props: {
  inline?: boolean;
  status: string;
  shown?: string;
  labelId: string;
  onClose?: () => void;
  children: preact.ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useDialog(ref, !props.inline, props.onClose);
  const body = (
    <>
      <style>{CARD_CSS}</style>
      {props.onClose && (
        <button type="button" class="vb-close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      )}
      {props.children}
    </>
  );
  if (props.inline) {
    return (
      <section
        class="vb-card vb-inline"
        data-status={props.status}
        data-shown={props.shown ?? props.status}
        aria-labelledby={props.labelId}
      >
        {body}
      </section>
    );
  }
  return (
    <div
      ref={ref}
      class="vb-card"
      data-status={props.status}
      data-shown={props.shown ?? props.status}
      role="dialog"
      aria-modal="true"
      tabIndex={-1}
      aria-labelledby={props.labelId}
    >
      {body}
    </div>
  );
}

/** A card with only a message: an explicit check that could not run (bad selection, engine error). */
export function MessageCard({ message, onClose, inline }: MessageCardProps) {
  const id = useId();
  return (
    <CardFrame inline={inline} status="message" labelId={id} onClose={onClose}>
      <h2 id={id} class="vb-title">
        Verbatim
      </h2>
      <p class="vb-sentence">{message}</p>
    </CardFrame>
  );
}

export function ProvenanceCard(props: ProvenanceCardProps) {
  const { quote, result, passages, sources, corpus, inline, onClose, onSave } = props;
  const id = useId();
  const [status, setStatus] = useState<string>(props.savedNote ?? '');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(Boolean(props.savedNote));

  const save = useCallback(async () => {
    if (!onSave || saving || saved) return;
    setSaving(true);
    try {
      setStatus(await onSave());
      setSaved(true);
    } catch (e) {
      setStatus(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setSaving(false);
    }
  }, [onSave, saving, saved]);

  const copy = useCallback(async () => {
    const text = citationText({
      quote,
      result,
      passages,
      sources,
      pageUrl: props.pageUrl,
      pageTitle: props.pageTitle,
    });
    try {
      await copyCitation(text);
      setStatus('Citation copied.');
    } catch (e) {
      setStatus(`Could not copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [quote, result, passages, sources, props.pageUrl, props.pageTitle]);

  if (props.message) return <MessageCard message={props.message} onClose={onClose} inline={inline} />;

  const matched = result.passageIds.map((pid) => passages[pid]).filter((p): p is Passage => Boolean(p));
  const source = result.source ? sources[result.source] : undefined;
  const shown = shownVerdict(result.status, result.attribution);
  const lead =
    shown === 'wrong-speaker'
      ? (wrongSpeakerSentence(result, matched, source) ?? verdictSentence({ result, sources, corpus }))
      : verdictSentence({ result, sources, corpus });
  const attribution = shown === 'wrong-speaker' ? null : attributionSentence(result, matched, source);
  const unsupported = result.status === 'partial' ? unsupportedRanges(quote, result.unsupported) : [];

  return (
    <CardFrame inline={inline} status={result.status} shown={shown} labelId={id} onClose={onClose}>
      <h2 id={id} class="vb-title">
        <span class="vb-icon" aria-hidden="true">
          {SHOWN_ICON[shown]}
        </span>{' '}
        {SHOWN_LABEL[shown]}
      </h2>
      <p class="vb-sentence">{lead}</p>
      {result.attribution === 'mismatch' && attribution && (
        <p class="vb-attribution vb-warning" role="note">
          <span aria-hidden="true">⚠ </span>
          {attribution}
        </p>
      )}
      {result.status === 'altered' && result.diff.length > 0 ? (
        <QuoteDiff quote={quote} diff={result.diff} />
      ) : unsupported.length > 0 ? (
        <QuoteUnsupported quote={quote} unsupported={unsupported} />
      ) : (
        <QuoteWithEdits quote={quote} edits={result.edits} />
      )}
      {result.status === 'not-found' && !result.notIn && <p class="vb-coverage">{corpusCoverage(corpus)}</p>}
      <SourceLine result={result} passages={matched} source={source} />
      <div class="vb-actions">
        {onSave && (
          // aria-disabled, not disabled: a disabled button drops focus out of the dialog (Esc would stop working).
          <button type="button" onClick={save} aria-disabled={saving || saved}>
            {saved ? 'Saved' : 'Save'}
          </button>
        )}
        <button type="button" onClick={copy}>
          Copy citation
        </button>
      </div>
      {props.onDispute && (
        <Dispute disputed={props.disputed} onDispute={props.onDispute} onStatus={setStatus} />
      )}
      <p class="vb-status" role="status">
        {status}
      </p>
      {(matched.length > 0 || attribution) && (
        <details class="vb-more">
          <summary>{matched.length > 0 ? 'Context, evidence and notes' : 'More'}</summary>
          {result.attribution !== 'mismatch' && attribution && <p class="vb-attribution">{attribution}</p>}
          {matched.map((p) => (
            <PassageView
              key={p.id}
              passage={p}
              source={sources[p.source]}
              highlight={result.highlights.find((h) => h.passageId === p.id)}
            />
          ))}
        </details>
      )}
      <details class="vb-more vb-legend-box">
        <summary>What the badges mean</summary>
        <Legend />
      </details>
    </CardFrame>
  );
}
