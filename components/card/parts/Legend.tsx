import { SHOWN_ICON, SHOWN_LABEL, SHOWN_MEANING, SHOWN_ORDER, SINGLE_SOURCE_MEANING } from '../verdict-text';

/** What each badge means, one line each: on the card, in the popup and on the welcome page. */
export function Legend() {
  return (
    <ul class="vb-legend-list" aria-label="What the badges mean">
      {SHOWN_ORDER.map((shown) => (
        <li key={shown} data-shown={shown}>
          {/* The glyph is drawn by CSS: a card that must never read as verified (hidden text) holds no ✓. */}
          <span class="vb-legend-badge" data-shown={shown} data-icon={SHOWN_ICON[shown]}>
            {SHOWN_LABEL[shown]}
          </span>{' '}
          {SHOWN_MEANING[shown]}
        </li>
      ))}
      <li data-shown="qualifier">
        <span class="vb-legend-badge">· 1 source</span> The words are {SINGLE_SOURCE_MEANING}.
      </li>
    </ul>
  );
}
