/**
 * Generated pages for the browser bench, deterministic (seeded): a news article the size of a real one
 * (≥ 700 KB of HTML: inline scripts and JSON, menus, teasers, comments around ~60 paragraphs with
 * quotations from the corpus and elsewhere), and a live variant whose own script changes the article's
 * DOM on a timer.
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

function teasers(rand: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      `<div class="teaser"><a href="/story/${i}"><div class="thumb" style="background:#ccc;height:60px"></div>` +
        `<span class="kicker">${escapeHtml(sentence(rand, 2))}</span><span class="headline">${escapeHtml(sentence(rand, 9))}</span></a></div>`,
    );
  }
  return out.join('');
}

function comments(rand: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      `<div class="comment"><div class="comment-author"><a href="/u/${i}">reader${i}</a> <time>${i} min ago</time></div>` +
        `<div class="comment-body">${escapeHtml(prose(rand, 1 + Math.floor(rand() * 2)))}</div>` +
        `<div class="comment-actions"><button>Reply</button><button>Like</button><button>Report</button></div></div>`,
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

function articleBody(rand: () => number, paragraphs: number, extra = ''): string {
  const title = 'Watchdog report details how the separation policy was carried out';
  const paras = articleParagraphs(rand, paragraphs)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<header class="site"><nav aria-label="Sections">${menu(rand, 400)}</nav></header>
<div class="layout"><main><article><h1>${title}</h1>
<p class="byline">By Staff Writer · <span class="updated">Updated just now</span> · <span class="readers">1,204 reading</span></p>
${paras}
<div id="live-updates">${extra}</div>
</article>
<section class="related"><h2>More stories</h2>${teasers(rand, 500)}</section>
<section class="comments"><h2>Comments</h2>${comments(rand, 300)}</section></main>
<aside>${teasers(rand, 150)}</aside></div>
<footer class="site">${menu(rand, 200)}</footer>`;
}

/** A static article page of at least `minKb` KB of HTML. */
export function largeArticle(minKb = 720): string {
  const rand = prng(16);
  const body = articleBody(rand, 60);
  const fill = Math.max(0, minKb - Math.ceil(body.length / 1024) - 2);
  return page('Watchdog report details how the separation policy was carried out', body, fill, rand);
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
