/**
 * Seeding the corpus tables from the bundled corpus: on install, on update and at every start-up
 * (a no-op when the stored hash matches; it repairs a database that was emptied or never seeded).
 */
import { bundledCorpus } from '@/data/corpus';
import { type SeedOutcome, seedCorpus } from '@/utils/corpus-store';
import type { VerbatimDB } from '@/utils/db';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Seeds after any seeding already running (install and start-up fire together on first run), so two
 * seeds never interleave; the second finds the hash stored and does nothing.
 */
export function seedBundledCorpus(db: VerbatimDB, corpus: unknown = bundledCorpus): Promise<SeedOutcome> {
  const run = queue.then(async () => {
    const started = performance.now();
    const outcome = await seedCorpus(db, corpus);
    return { outcome, ms: performance.now() - started };
  });
  queue = run.catch(() => undefined);
  return run.then(({ outcome, ms }) => {
    if (outcome.status === 'seeded') {
      console.info(
        `Verbatim: corpus ${outcome.version} seeded in ${ms.toFixed(0)} ms (${outcome.passageCount} passages` +
          `${outcome.keptImportedPassages ? `, ${outcome.keptImportedPassages} imported kept` : ''}).`,
      );
    } else if (outcome.status === 'unchanged') {
      console.info(`Verbatim: corpus ${outcome.version} already in place (checked in ${ms.toFixed(0)} ms).`);
    }
    return outcome;
  });
}
