/** The five latest saved verifications, and the way to the library. */
import { useEffect, useState } from 'preact/hooks';
import { ShownVerdict } from '@/components/card/parts/ShownVerdict';
import { recordPlace } from '@/components/library/format';
import type { VerificationRecord } from '@/utils/db';
import type { PopupServices } from './services';

export const RECENT_COUNT = 5;

export function RecentList({ services, refresh }: { services: PopupServices; refresh: number }) {
  const [records, setRecords] = useState<VerificationRecord[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    services
      .recent(RECENT_COUNT)
      .then(setRecords)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [services, refresh]);

  return (
    <>
      {error && <p role="alert">Could not read saved verifications: {error}</p>}
      {records && records.length === 0 && <p class="explain">No saved verifications yet.</p>}
      {records && records.length > 0 && (
        <ul class="recent">
          {records.map((r) => (
            <li key={r.id}>
              <ShownVerdict status={r.status} attribution={r.attribution} />{' '}
              <span class="quote-text">“{r.quote}”</span>
              <span class="sub">{recordPlace(r)}</span>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="link"
        onClick={() => services.openLibrary().then(() => services.closePopup())}
      >
        Open library
      </button>
    </>
  );
}
