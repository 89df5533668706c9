/** What the corpus covers: its version, passages per source and per level of evidence. */
import { EVIDENCE_TEXT } from '@/components/card/verdict-text';
import { EVIDENCE_LEVELS } from '@/lib/corpus/types';
import type { LibraryCorpus } from './card-data';
import { coverageOf } from './corpus-query';

export function CoverageSummary({ corpus }: { corpus: LibraryCorpus }) {
  const coverage = coverageOf(corpus.passages);
  // The report first, then the sources with the most passages.
  const sources = [...corpus.sources].sort(
    (a, b) =>
      Number(b.role === 'primary') - Number(a.role === 'primary') ||
      (coverage.bySource.get(b.id) ?? 0) - (coverage.bySource.get(a.id) ?? 0) ||
      a.title.localeCompare(b.title),
  );
  return (
    <section class="coverage" aria-labelledby="coverage-title">
      <h2 id="coverage-title">What the corpus covers</h2>
      <p>
        Corpus version <strong>{corpus.version ?? 'unknown'}</strong>:{' '}
        <span data-testid="corpus-total">{coverage.total.toLocaleString('en-US')}</span> passages,{' '}
        {corpus.info.reportPassageCount.toLocaleString('en-US')} of them from the report.{' '}
        {corpus.info.hasFullText
          ? 'The full report text you imported is included.'
          : corpus.info.excerptImported
            ? 'Some pages of the report you imported are included (an excerpt); most of the report is not.'
            : 'Most of the report is not in it: a quotation it lacks is “not found in the corpus”, not false.'}
      </p>
      <div class="coverage-tables">
        <table>
          <caption>Passages per source</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Role</th>
              <th scope="col">Passages</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  {s.title}
                  {s.number && <span class="sub">Report {s.number}</span>}
                </th>
                <td>{s.fullTextOf ? 'imported full text' : s.role}</td>
                <td class="num">{(coverage.bySource.get(s.id) ?? 0).toLocaleString('en-US')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Passages per level of evidence</caption>
          <thead>
            <tr>
              <th scope="col">Evidence</th>
              <th scope="col">Passages</th>
            </tr>
          </thead>
          <tbody>
            {EVIDENCE_LEVELS.map((level) => (
              <tr key={level}>
                <th scope="row">
                  {level}
                  <span class="sub">{EVIDENCE_TEXT[level]}</span>
                </th>
                <td class="num">{coverage.byEvidence[level].toLocaleString('en-US')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
