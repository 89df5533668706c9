/** Progress of a file import (the full report, a document): a bar, what is happening, and Cancel. */
import type { ImportStage } from '@/utils/fulltext/import';

export type Progress = { stage: ImportStage; done: number; total: number };

export function ImportProgress({
  progress,
  text,
  onCancel,
}: {
  progress: Progress;
  text: string;
  onCancel(): void;
}) {
  return (
    <div class="full-report-progress">
      <progress
        aria-label="Import progress"
        max={progress.total || 1}
        value={progress.stage === 'extracting' ? progress.done : undefined}
      />{' '}
      <span role="status">{text}</span>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
