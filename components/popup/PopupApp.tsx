/** The toolbar popup: this page at a glance, a box to check any quotation, and the latest saved checks. */
import { useState } from 'preact/hooks';
import { Legend } from '@/components/card/parts/Legend';
import { LEGEND_CSS } from '@/components/card/styles';
import { CheckQuote } from './CheckQuote';
import { RecentList } from './RecentList';
import { SiteAccess } from './SiteAccess';
import type { PopupServices } from './services';
import { ThisPage } from './ThisPage';

export function PopupApp({ services }: { services: PopupServices }) {
  // A check from the box is saved by the background: the recent list reads again after each one.
  const [checks, setChecks] = useState(0);
  return (
    <main class="popup">
      <h1 class="visually-hidden">Verbatim</h1>
      <section aria-labelledby="this-page">
        <h2 id="this-page">This page</h2>
        <SiteAccess services={services} />
        <ThisPage services={services} />
      </section>
      <section aria-labelledby="check-quote">
        <h2 id="check-quote">Check a quote</h2>
        <CheckQuote services={services} onChecked={() => setChecks((n) => n + 1)} />
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent">Recent</h2>
        <RecentList services={services} refresh={checks} />
      </section>
      <footer class="popup-footer">
        <details>
          <summary>What the badges mean</summary>
          <style>{LEGEND_CSS}</style>
          <Legend />
        </details>
        <p>
          <a href="/options.html" target="_blank" rel="noopener">
            Settings
          </a>
        </p>
      </footer>
    </main>
  );
}
