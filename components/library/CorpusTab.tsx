/** The corpus tab: what it covers, every passage with its card, and the full-report import panel. */
import { useState } from 'preact/hooks';
import { ProvenanceCard } from '@/components/card/ProvenanceCard';
import type { Passage } from '@/lib/corpus/types';
import type { VerbatimDB } from '@/utils/db';
import { cardDataFor } from '@/utils/domain';
import { CardDialog } from './CardDialog';
import { CorpusPanel } from './CorpusPanel';
import { CoverageSummary } from './CoverageSummary';
import { type LibraryCorpus, passageResult } from './card-data';
import { FullReportImport } from './FullReportImport';
import { SourcesPanel } from './sources/SourcesPanel';

export function CorpusTab({ db, corpus }: { db: VerbatimDB; corpus: LibraryCorpus }) {
  const [open, setOpen] = useState<{ passage: Passage; opener: HTMLElement } | null>(null);
  return (
    <>
      <CoverageSummary corpus={corpus} />
      <FullReportImport db={db} />
      <SourcesPanel db={db} />
      {corpus.passages.length === 0 ? (
        <p role="status">The corpus is not loaded yet: the extension fills it when it starts.</p>
      ) : (
        <CorpusPanel corpus={corpus} onOpen={(passage, opener) => setOpen({ passage, opener })} />
      )}
      {open && (
        <CardDialog title={`Passage ${open.passage.id}`} opener={open.opener} onClose={() => setOpen(null)}>
          <ProvenanceCard
            inline
            quote={open.passage.text}
            result={passageResult(open.passage)}
            {...cardDataFor(corpus.lookup, [passageResult(open.passage)])}
          />
        </CardDialog>
      )}
    </>
  );
}
