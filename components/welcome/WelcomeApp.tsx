/** The page opened on install: what the badges mean, what the corpus covers, and where things are. */
import { useEffect, useState } from 'preact/hooks';
import { Legend } from '@/components/card/parts/Legend';
import { LEGEND_CSS } from '@/components/card/styles';
import type { VerbatimDB } from '@/utils/db';
import { type CorpusFacts, corpusFacts } from './corpus-facts';
import type { SiteAccess } from './site-access';

/** Shown only while the content scripts' sites are not granted (Firefox asks for them separately). */
function GrantAccess({ access }: { access: SiteAccess }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    access.granted().then(setGranted, () => setGranted(null));
  }, [access]);
  if (granted !== false) return null;
  const grant = async () => {
    try {
      const ok = await access.request();
      setGranted(ok);
      setMessage(ok ? '' : 'Verbatim still cannot read news pages: the browser did not grant access.');
    } catch (e) {
      setMessage(`Could not ask for access: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <section class="grant" aria-labelledby="grant-title">
      <h2 id="grant-title">One more step</h2>
      <p>
        Your browser has not yet let Verbatim read the pages you visit, so it cannot badge any article. It
        reads them only on your computer; nothing is sent anywhere.
      </p>
      <button type="button" onClick={grant}>
        Grant access to all sites
      </button>
      <p role="status">{message}</p>
    </section>
  );
}

export function WelcomeApp({ db, access }: { db: VerbatimDB; access: SiteAccess }) {
  const [facts, setFacts] = useState<CorpusFacts | null>(null);
  useEffect(() => {
    corpusFacts(db).then(setFacts, () => setFacts(null));
  }, [db]);
  return (
    <main class="welcome">
      <h1>Verbatim is ready</h1>
      <p class="lead">
        Open a news article: every quotation gets a small badge after its closing quotation mark, saying
        whether those words are in the source document they are attributed to. Press a badge (or Tab to it and
        press Enter) to see why.
      </p>
      <GrantAccess access={access} />
      <section aria-labelledby="badges-title">
        <h2 id="badges-title">What the badges mean</h2>
        <style>{LEGEND_CSS}</style>
        <Legend />
      </section>
      <section aria-labelledby="corpus-title">
        <h2 id="corpus-title">What Verbatim checks against</h2>
        <p>
          The U.S. Justice Department Inspector General’s report 21-028 (January 2021) on the “zero tolerance”
          policy and family separations, and statements made about it.
          {facts && (
            <>
              {' '}
              Verbatim holds {facts.passages} passages, {facts.reportPassages} of them from the report
              {facts.fullText ? `, plus the report text you added (${facts.fullText.title})` : ''}.
            </>
          )}
        </p>
        <p>
          The report has 93 pages and most of it is not in those passages, so a quotation Verbatim cannot find
          is “not found”, never “false”.
        </p>
      </section>
      <section aria-labelledby="full-title">
        <h2 id="full-title">Add the full report</h2>
        <p>
          If you have the report’s PDF (from the Inspector General’s website), open the{' '}
          <a href="/library.html">library</a>, choose <strong>Corpus</strong>, then{' '}
          <strong>Add the full report</strong>. Every sentence becomes checkable, with its page number. The
          file stays on your computer.
        </p>
      </section>
      <section aria-labelledby="where-title">
        <h2 id="where-title">Where things are</h2>
        <ul>
          <li>
            The toolbar button shows how many quotations on the page need a look, checks a quotation you
            paste, and switches Verbatim off for a site.
          </li>
          <li>
            Select any text and choose <strong>Verify quote with Verbatim</strong> from the right-click menu
            (or press Alt+Shift+V).
          </li>
          <li>
            <a href="/library.html">The library</a> keeps the checks you save;{' '}
            <a href="/options.html">Settings</a> lists the sites you switched off.
          </li>
        </ul>
      </section>
    </main>
  );
}
