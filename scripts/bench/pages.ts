/**
 * Generated pages for the browser bench, deterministic (seeded): a news article the size of a real one
 * (≥ 700 KB of HTML, made like the pages front-end frameworks write: about 200 KB of inline state and
 * scripts, menus, teasers and comments in nested wrappers with long class names and inline icons, around
 * ~60 paragraphs with quotations from the corpus and elsewhere), and a live variant whose own script
 * changes the article's DOM on a timer.
 */
import { bundledCorpus } from '../../data/corpus';
import { prng } from './stats';

const WORDS = (
  'the of and to in a is that for on with as was by at it from he said his be are an this have has ' +
  'officials department policy border children families prosecutors agency report review hearing ' +
  'attorney general statement office federal court week plan program decision memo staff ' +
  'according records shows later months former senior members told reporters interview public'
).split(' ');

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)] as string);
  const s = out.join(' ');
  return `${s[0]?.toUpperCase()}${s.slice(1)}.`;
}

function prose(rand: () => number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rand, 8 + Math.floor(rand() * 14)));
  return out.join(' ');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A quotation taken from a corpus passage (a run of its words), with a speaker. */
function corpusQuote(rand: () => number): string {
  const passages = bundledCorpus.passages;
  const p = passages[Math.floor(rand() * passages.length)] as (typeof passages)[number];
  const words = p.text.split(/\s+/);
  const len = Math.min(words.length, 10 + Math.floor(rand() * 14));
  const from = Math.floor(rand() * Math.max(1, words.length - len));
  const quote = words
    .slice(from, from + len)
    .join(' ')
    .replace(/[“”"]/g, '');
  return `“${quote},” ${p.speaker ?? 'the report'} said.`;
}

function articleParagraphs(rand: () => number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.3) out.push(`${corpusQuote(rand)} ${prose(rand, 2)}`);
    else if (r < 0.45) out.push(`${prose(rand, 1)} “${sentence(rand, 12).slice(0, -1)},” an official said.`);
    else out.push(prose(rand, 3 + Math.floor(rand() * 3)));
  }
  return out;
}

function menu(rand: () => number, links: number): string {
  const items: string[] = [];
  for (let i = 0; i < links; i++) {
    items.push(
      `<li class="menu-item"><a href="/section/${i}">${escapeHtml(sentence(rand, 2).slice(0, -1))}</a></li>`,
    );
  }
  return `<ul class="menu">${items.join('')}</ul>`;
}

const ICON =
  '<svg class="icon icon--share" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M18 16.08c-.76 0-1.44.3-1.96.77L8.91 12.7c.05-.23.09-.46.09-.7s-.04-.47-.09-.7l7.05-4.11c.54.5 1.25.81 2.04.81 1.66 0 3-1.34 3-3s-1.34-3-3-3-3 1.34-3 3c0 .24.04.47.09.7L8.04 9.81C7.5 9.31 6.79 9 6 9c-1.66 0-3 1.34-3 3s1.34 3 3 3c.79 0 1.5-.31 2.04-.81l7.12 4.16c-.05.21-.08.43-.08.65 0 1.61 1.31 2.92 2.92 2.92s2.92-1.31 2.92-2.92-1.31-2.92-2.92-2.92z"></path></svg>';

/** Story teasers as front-end frameworks write them: nested wrappers, long class names, data attributes. */
function teasers(rand: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      `<div class="css-1x2y3z4 e1teaser0 story-card story-card--compact" data-testid="story-card" data-story-id="${i}">` +
        `<div class="css-9k8j7h6 e1teaser1 story-card__inner"><div class="css-5t4r3e2 story-card__media"><a class="css-link story-card__media-link" href="/story/${i}" tabindex="-1" aria-hidden="true">` +
        `<picture class="css-picture"><source type="image/webp" srcset="/img/${i}-320.webp 320w, /img/${i}-640.webp 640w"><img class="css-img story-card__img" alt="" loading="lazy" width="320" height="180" src="data:,"></picture></a></div>` +
        `<div class="css-6y7u8i9 story-card__body"><div class="css-kicker story-card__kicker"><span class="css-label">${escapeHtml(sentence(rand, 2).slice(0, -1))}</span></div>` +
        `<h3 class="css-h3 story-card__headline"><a class="css-link story-card__link" href="/story/${i}" data-analytics="teaser|${i}">${escapeHtml(sentence(rand, 9))}</a></h3>` +
        `<div class="css-meta story-card__meta"><time class="css-time" datetime="2021-01-14T18:00:00Z">${i % 24} hours ago</time><button class="css-btn story-card__share" type="button" aria-label="Share">${ICON}</button></div></div></div></div>`,
    );
  }
  return out.join('');
}

function comments(rand: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      `<div class="css-c0m1 comment" data-comment-id="${i}"><div class="css-c0m2 comment__header"><div class="css-avatar comment__avatar"><img alt="" width="32" height="32" src="data:,"></div>` +
        `<div class="css-c0m3 comment__author"><a class="css-link" href="/u/${i}">reader${i}</a> <time class="css-time">${i} min ago</time></div></div>` +
        `<div class="css-c0m4 comment__body"><div class="css-c0m5">${escapeHtml(prose(rand, 1 + Math.floor(rand() * 2)))}</div></div>` +
        `<div class="css-c0m6 comment__actions"><button class="css-btn" type="button">Reply</button><button class="css-btn" type="button">Like ${ICON}</button><button class="css-btn" type="button">Report</button></div></div>`,
    );
  }
  return out.join('');
}

/** Inline scripts and data the size real news pages carry (state blobs, analytics, ad config). */
function inlineScripts(rand: () => number, kb: number): string {
  const blobs: string[] = [];
  let size = 0;
  let n = 0;
  while (size < kb * 1024) {
    const items = Array.from({ length: 40 }, (_, i) => ({
      id: `${n}-${i}`,
      title: sentence(rand, 8),
      url: `/story/${n}/${i}`,
      tags: [sentence(rand, 1), sentence(rand, 1)],
    }));
    const blob = `<script type="application/json" id="state-${n}">${JSON.stringify({ items })}</script>`;
    blobs.push(blob);
    size += blob.length;
    n++;
  }
  return blobs.join('\n');
}

export interface ArticlePage {
  html: string;
  /** Script run by the page itself (main world), after the article. */
  script?: string;
}

function page(title: string, body: string, scriptsKb: number, rand: () => number, script = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:site_name" content="Example Ledger">
<style>body{font-family:Georgia,serif;margin:0}.layout{display:flex;gap:24px;max-width:1100px;margin:auto}
main{flex:1 1 680px;font-size:19px;line-height:1.6}aside{flex:0 0 300px;font-size:14px}.menu{display:flex;flex-wrap:wrap;list-style:none}
.teaser{display:inline-block;width:45%;margin:4px}.comment{border-top:1px solid #ddd;padding:6px}</style>
${inlineScripts(rand, scriptsKb)}
</head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

interface BodyShape {
  paragraphs: number;
  /** Story teasers in the "more stories" section and in the sidebar. */
  teasers: [number, number];
  comments: number;
  /** Links in the header's and the footer's menus. */
  menus: [number, number];
}

const LARGE_SHAPE: BodyShape = { paragraphs: 60, teasers: [160, 60], comments: 120, menus: [400, 200] };

function articleBody(
  rand: () => number,
  paragraphs: number,
  extra = '',
  shape: BodyShape = LARGE_SHAPE,
): string {
  const title = 'Watchdog report details how the separation policy was carried out';
  const paras = articleParagraphs(rand, paragraphs)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<header class="site"><nav aria-label="Sections">${menu(rand, shape.menus[0])}</nav></header>
<div class="layout"><main><article><h1>${title}</h1>
<p class="byline">By Staff Writer · <span class="updated">Updated just now</span> · <span class="readers">1,204 reading</span></p>
${paras}
<div id="live-updates">${extra}</div>
</article>
<section class="related"><h2>More stories</h2>${teasers(rand, shape.teasers[0])}</section>
<section class="comments"><h2>Comments</h2>${comments(rand, shape.comments)}</section></main>
<aside>${teasers(rand, shape.teasers[1])}</aside></div>
<footer class="site">${menu(rand, shape.menus[1])}</footer>`;
}

/** A static article page of at least `minKb` KB of HTML. */
export function largeArticle(minKb = 740): string {
  const rand = prng(16);
  const body = articleBody(rand, 60);
  const fill = Math.max(0, minKb - Math.ceil(body.length / 1024) - 2);
  return page('Watchdog report details how the separation policy was carried out', body, fill, rand);
}

/**
 * A news page of another size, made the same way but with the page's weight spread as real pages spread
 * it: more or fewer paragraphs, teasers, comments and menu links, and the inline state split between the
 * head and the end of the body (where front-end frameworks put theirs), so the body the page serialises
 * grows with the page too. `scale` 0.5 makes a page of about 370 KB, 2 one of about 1.4 MB.
 */
export function newsPage(scale: number, seed: number): string {
  const rand = prng(seed);
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  const shape: BodyShape = {
    paragraphs: Math.max(20, n(60)),
    teasers: [n(160), n(60)],
    comments: n(120),
    menus: [n(400), n(200)],
  };
  const body = articleBody(rand, shape.paragraphs, '', shape);
  const state = inlineScripts(rand, n(100));
  const title = 'Watchdog report details how the separation policy was carried out';
  return page(title, `${body}\n${state}`, n(100), rand);
}

/**
 * A live article (≥ `minKb` KB): every `tickMs` its byline's "updated" text and reader count change
 * (text without quotation marks, as live pages do all the time); every `quoteEvery` ticks a live update
 * with a quotation is appended to the article. Each carries `data-added-at` (performance.now()).
 */
export function liveArticle(options: { minKb: number; tickMs: number; quoteEvery: number }): string {
  const rand = prng(1600);
  const body = articleBody(rand, 60);
  const fill = Math.max(0, options.minKb - Math.ceil(body.length / 1024) - 4);
  const quotes = Array.from({ length: 40 }, () => corpusQuote(rand));
  const script = `(() => {
  const quotes = ${JSON.stringify(quotes)};
  const updated = document.querySelector('.updated');
  const readers = document.querySelector('.readers');
  const live = document.getElementById('live-updates');
  let tick = 0;
  setInterval(() => {
    tick++;
    updated.textContent = 'Updated ' + tick + ' s ago';
    readers.textContent = (1204 + tick * 3) + ' reading';
    if (tick % ${options.quoteEvery} === 0) {
      const p = document.createElement('p');
      p.className = 'live-quote';
      p.textContent = 'Update ' + tick + ': ' + quotes[(tick / ${options.quoteEvery}) % quotes.length];
      p.dataset.addedAt = String(performance.now());
      live.append(p);
    }
  }, ${options.tickMs});
})();`;
  return page('Live: watchdog report on the separation policy', body, fill, rand, script);
}
