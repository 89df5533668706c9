/** What the stored corpus holds, read straight from the database (welcome and settings pages). */
import { isImportedSource } from '@/utils/corpus-store';
import { META, type VerbatimDB } from '@/utils/db';

export interface CorpusFacts {
  version: string | null;
  passages: number;
  reportPassages: number;
  /** The imported full report, if any: its title and whether it is the whole report or an excerpt. */
  fullText: { title: string; note: string | null } | null;
}

export async function corpusFacts(db: VerbatimDB): Promise<CorpusFacts> {
  const [sources, passages, version] = await Promise.all([
    db.sources.toArray(),
    db.passages.count(),
    db.meta.get(META.corpusVersion),
  ]);
  const primary = sources.filter((s) => s.role === 'primary' && !isImportedSource(s)).map((s) => s.id);
  const reportPassages = primary.length ? await db.passages.where('source').anyOf(primary).count() : 0;
  const imported = sources.find(isImportedSource);
  return {
    version: typeof version?.value === 'string' ? version.value : null,
    passages,
    reportPassages,
    fullText: imported ? { title: imported.title, note: imported.note ?? null } : null,
  };
}
