/**
 * `npm run check -- --full-text report.pdf|report.txt`: turns the user's copy of the full report into
 * passages the engine can match against. Filled in by the full-report import issue.
 */
import type { Passage, Source } from '../../lib/corpus/types';

export async function loadFullTextForCli(_path: string): Promise<{ source: Source; passages: Passage[] }> {
  throw new Error('--full-text is not implemented yet');
}
