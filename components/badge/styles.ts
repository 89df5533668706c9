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
.vb-qual, .vb-attr { font-weight: 500; }
.vb-badge[data-status="verified"] { background: #e4f4e2; border-color: #2f7d32; color: #17421a; }
.vb-badge[data-status="edited"] { background: #e5eefc; border-color: #1a5fb4; color: #0f335f; }
.vb-badge[data-status="altered"] { background: #fde8e6; border-color: #b3261e; color: #5e120e; }
.vb-badge[data-status="partial"] { background: #fff3dc; border-color: #a15c00; color: #4f2d00; }
.vb-badge[data-status="elsewhere"] { background: #efe7fb; border-color: #6a3fb5; color: #34195f; }
.vb-badge[data-status="not-found"] { background: #f2f2f2; border-color: #6b6b6b; color: #2b2b2b; }
.vb-badge[data-status="hidden"] { background: #fbe3e3; border-color: #8a1c1c; color: #4a0c0c; border-style: dashed; }
`;
