import { paletteRules } from './palette';

/**
 * Badge styles, inlined into each badge's closed shadow root. `all: initial` would make the button visible
 * inside a hidden host (visibility: visible wins over an ancestor's hidden): it inherits instead.
 */
export const BADGE_CSS = `
.vb-badge { all: initial; visibility: inherit; display: inline-flex; align-items: center; gap: 3px; box-sizing: border-box;
  font: 600 11.5px/1.25 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: normal;
  color: #1b1b1b; background: #f2f2f2; border: 1px solid #6b6b6b; border-radius: 999px;
  padding: 1px 7px 1px 5px; margin: 0 0 0 4px; cursor: pointer; vertical-align: 1px; white-space: nowrap; }
.vb-badge:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.vb-badge:hover { filter: brightness(0.95); }
.vb-icon { font-size: 12px; }
.vb-qual, .vb-attr, .vb-doc { font-weight: 500; }
${paletteRules((shown) => `.vb-badge[data-shown="${shown}"]`)}
.vb-badge[data-shown="wrong-speaker"] { border-width: 1.5px; }
.vb-badge[data-shown="hidden"] { border-style: dashed; }
.vb-badge[data-shown="phrase"] { border-style: dashed; font-weight: 500; }
@media (prefers-color-scheme: dark) {
  .vb-badge[data-shown="wrong-speaker"] { background: #5c4300; border-color: #f0b429; color: #ffe7a3; }
}
`;
