import { paletteRules } from '../badge/palette';

/** The badge legend, also shown outside any card (popup, welcome page): rules under .vb-legend-list only. */
export const LEGEND_CSS = `
.vb-legend-list { list-style: none; padding: 0; margin: 0 0 6px; font-size: 13px; }
.vb-legend-list li { margin: 0 0 4px; }
.vb-legend-badge[data-icon]::before { content: attr(data-icon) " " / ""; }
.vb-legend-badge { display: inline-block; font-weight: 600; font-size: 12px; border: 1px solid #6b6b6b; border-radius: 999px; padding: 0 7px; background: #f2f2f2; color: #1b1b1b; }
${paletteRules((shown) => `.vb-legend-badge[data-shown="${shown}"]`)}
`;

/**
 * Card styles, inlined into the card itself so it looks the same inside a closed shadow root on any page
 * and in extension pages. Every rule is under .vb-card so it cannot leak into an extension page.
 */
export const CARD_CSS = `
.vb-card { box-sizing: border-box; position: relative; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1b; background: #fff; border: 1px solid #8a8a8a; border-radius: 8px; padding: 14px 16px 10px;
  width: var(--vb-card-width, min(440px, calc(100vw - 24px))); max-height: var(--vb-card-max-height, min(70vh, 640px));
  overflow: auto; overscroll-behavior: contain; text-align: left; color-scheme: light; scrollbar-color: #9a9a9a #fff;
  box-shadow: 0 6px 24px rgba(0,0,0,.25); letter-spacing: normal; word-spacing: normal; white-space: normal; }
.vb-card.vb-inline { width: auto; max-height: none; box-shadow: none; }
.vb-card *, .vb-card *::before, .vb-card *::after { box-sizing: border-box; }
.vb-card:focus { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.vb-card h2, .vb-card h3, .vb-card h4 { font-family: inherit; color: inherit; margin: 0 0 6px; line-height: 1.3; }
.vb-card h2 { font-size: 17px; padding-right: 28px; }
.vb-card h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #444; margin-top: 12px; }
.vb-card h4 { font-size: 13px; margin-top: 8px; }
.vb-card p, .vb-card ul, .vb-card dl { margin: 0 0 8px; }
.vb-card ul { padding-left: 18px; }
.vb-card blockquote { margin: 0 0 8px; padding: 6px 10px; border-left: 3px solid #777; background: #f6f6f4; font-family: Georgia, serif; font-size: 14px; }
.vb-card mark { color: inherit; }
.vb-card .vb-hit { background: #fff0a8; text-decoration: underline dotted; }
/* Dotted underline as well as the tint: the mark never rests on colour alone. */
.vb-card .vb-unsupported { background: #fff3dc; color: inherit; text-decoration: underline dotted #a15c00 2px; text-underline-offset: 3px; }
.vb-card .vb-edit { background: #e5eefc; border: 1px dashed #1a5fb4; border-radius: 3px; padding: 0 2px; }
.vb-card .vb-edit-tag { font: 600 10px/1 system-ui, sans-serif; text-transform: uppercase; margin-left: 3px; color: #1a5fb4; vertical-align: baseline; }
.vb-card .vb-edit-text { font-family: Georgia, serif; font-weight: 600; }
.vb-card ins { text-decoration: underline 2px; background: #e3f5e1; }
.vb-card del { text-decoration: line-through 2px; background: #fbe3e3; }
.vb-card .vb-legend { font-size: 12px; color: #555; }
.vb-card .vb-facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; font-size: 13px; }
.vb-card .vb-facts > div { display: contents; }
.vb-card dt { font-weight: 600; color: #444; }
.vb-card dd { margin: 0; }
.vb-card .vb-url { word-break: break-all; color: #1a5fb4; }
.vb-card .vb-note, .vb-card .vb-coverage { font-size: 13px; }
.vb-card .vb-warning { border: 1px solid #b35c00; background: #fff4e5; padding: 6px 8px; border-radius: 4px; }
.vb-card .vb-variants { font-size: 13px; color: #444; }
.vb-card .vb-actions { display: flex; gap: 8px; margin-top: 10px; }
.vb-card button { font: inherit; font-size: 13px; color: #1b1b1b; background: #f1f1f1; border: 1px solid #777; border-radius: 5px; padding: 4px 10px; cursor: pointer; }
.vb-card button:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 1px; }
.vb-card button[aria-disabled="true"] { opacity: .65; cursor: default; }
.vb-card .vb-close { position: absolute; top: 8px; right: 8px; padding: 0 7px; font-size: 18px; line-height: 1.2; }
.vb-card .vb-status { min-height: 1.2em; font-size: 13px; margin: 6px 0 0; }
.vb-card .vb-status:empty { min-height: 0; margin: 0; }
.vb-card .vb-source-line { font-size: 13px; font-weight: 600; margin-bottom: 2px; }
.vb-card .vb-evidence-line { font-size: 12px; color: #555; }
.vb-card .vb-unsupported { background: #fde2c8; text-decoration: underline wavy #a15c00; }
.vb-card .vb-outlet { display: inline-block; font-size: 11px; font-weight: 600; border: 1px solid #999; border-radius: 3px; padding: 0 4px; margin-right: 2px; }
.vb-card li[data-outlet="secondary"] .vb-outlet { border-style: dashed; }
.vb-card .vb-dispute { margin-top: 8px; font-size: 12px; background: transparent; border-style: dashed; }
.vb-card .vb-dispute-form { margin-top: 8px; font-size: 13px; }
.vb-card .vb-dispute-form textarea { display: block; width: 100%; margin-top: 4px; font: inherit; color: inherit; background: transparent; border: 1px solid #777; border-radius: 4px; }
.vb-card .vb-disputed { margin-top: 8px; font-size: 13px; border-left: 3px solid #8a5d00; padding-left: 6px; }
.vb-card .vb-more { margin-top: 8px; border-top: 1px solid #ddd; padding-top: 6px; }
.vb-card .vb-more > summary { cursor: pointer; font-size: 13px; font-weight: 600; color: #1a5fb4; }
.vb-card .vb-more > summary:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 1px; }
.vb-card .vb-more[open] > summary { margin-bottom: 6px; }
.vb-card .vb-legend-box { border-top: none; padding-top: 0; margin-top: 4px; }
${LEGEND_CSS}
.vb-card .vb-sr, .vb-card .vb-offscreen { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .vb-card { color: #eee; background: #202124; border-color: #777; color-scheme: dark; scrollbar-color: #6b6b6b #202124; }
  .vb-card .vb-evidence-line { color: #bbb; }
  .vb-card .vb-unsupported { background: #4d3117; }
  .vb-card .vb-more { border-color: #444; }
  .vb-card .vb-more > summary { color: #8ab4f8; }
  .vb-card h3, .vb-card dt, .vb-card .vb-legend, .vb-card .vb-variants { color: #bbb; }
  .vb-card blockquote { background: #2b2c2f; }
  .vb-card .vb-hit { background: #5c4d00; }
  .vb-card .vb-edit { background: #1d3352; }
  .vb-card .vb-edit-tag, .vb-card .vb-url { color: #8ab4f8; }
  .vb-card ins { background: #1e3d1c; }
  .vb-card del { background: #4a1f1f; }
  .vb-card .vb-warning { background: #3d2a10; }
  .vb-card button { color: #eee; background: #333; }
}
`;
