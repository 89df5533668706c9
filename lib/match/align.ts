/**
 * Word alignment of a run of quotation tokens with a window of the corpus stream, using jsdiff's
 * `diffArrays` (an O(ND) shortest edit script), then naming each difference: an editorial mark that
 * explains it (an edit) or an unexplained change (which makes the quotation altered or partial).
 */

import { diffArrays } from 'diff';
import { at } from '../text/at';
import { isStopWord } from '../text/stopwords';
import type { Token } from '../text/tokenise';
import type { DiffPart, Edit } from '../types';
import type { CorpusIndex } from './build-index';
import { tokensEqual } from './compare';

/**
 * How many source words one [bracketed] insertion may stand in for. Brackets put a referent in place of
 * a pronoun or a short noun phrase, or shorten a name ("[The Attorney General]" for "He", "[DHS]" for "the
 * Department of Homeland Security"); the longest such names here ("the U.S. Department of Homeland
 * Security") are six words. A bracket standing for more is a paraphrase of a clause the reader cannot see,
 * so it is not accepted as an editorial mark.
 */
export const MAX_BRACKET_SPAN = 6;

/** A token of the quotation (passage -1) or of a passage (index into CorpusIndex.passages, stream pos). */
interface Item {
  token: Token;
  passage: number;
  /** Stream position of a passage word; -1 for marks and quotation tokens. */
  pos: number;
}

export interface AlignedPair {
  quote: Token;
  passage: number;
  passageToken: Token;
  pos: number;
}

/** The alignment of one run of quotation tokens with one window of one source. */
export interface Piece {
  source: string;
  pairs: AlignedPair[];
  edits: Edit[];
  diff: DiffPart[];
  /** Lengths (in words) of runs of quotation words inside the piece that match nothing. */
  unmatchedRuns: number[];
  /** Source words inside the matched span that the quotation leaves out without a mark. */
  droppedWords: number;
  /** Longest run of consecutive quotation words matching consecutive source words, and its content words. */
  longestRun: number;
  longestRunContent: number;
  /** Quotation tokens before the first / after the last matched word that the window does not explain. */
  leading: Token[];
  trailing: Token[];
  /** Words of the quotation explained by bracket edits (not counted as quotation words). */
  bracketWords: number;
  /** Stream positions of the first and last matched source words. */
  lo: number;
  hi: number;
}

const wordsOf = (items: Item[]) => items.filter((i) => i.token.kind === 'word');
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');

function passageItems(index: CorpusIndex, lo: number, hi: number): Item[] {
  const items: Item[] = [];
  for (let pos = lo; pos < hi; pos++) {
    const passage = index.passageAt(pos);
    const ip = index.passage(passage);
    const w = index.wordAt(pos);
    const ti = at(ip.words, w);
    // Marks between this word and the previous one of the same passage belong inside the window.
    if (pos > lo && index.passageAt(pos - 1) === passage) {
      for (let t = at(ip.words, w - 1) + 1; t < ti; t++)
        items.push({ token: at(ip.tokens, t), passage, pos: -1 });
    }
    items.push({ token: at(ip.tokens, ti), passage, pos });
    if (w === ip.words.length - 1) {
      for (let t = ti + 1; t < ip.tokens.length; t++)
        items.push({ token: at(ip.tokens, t), passage, pos: -1 });
    }
  }
  return items;
}

type Block = { equal: boolean; p: Item[]; q: Item[] };

/**
 * A shortest edit script is not unique: "He was [hearing … efforts. He was] big" and "[He was hearing …
 * efforts.] He was big" cost the same. When the words of the first (last) equal run also end (start) the
 * source-only run next to it, the quotation's words are matched where they are contiguous instead, so the
 * source-only words fall outside the quotation rather than counting as words it dropped.
 */
function slideToEdges(blocks: Block[]) {
  const same = (a: Item[], b: Item[]) =>
    a.length === b.length && a.every((x, i) => tokensEqual(x.token, at(b, i).token));
  const pureRemoval = (b: Block | undefined) => b !== undefined && !b.equal && b.q.length === 0;
  // The first equal run (after a leading hunk of unmatched quotation words, if any).
  const f = blocks[0]?.equal ? 0 : 1;
  const first = blocks[f];
  const gap = blocks[f + 1];
  const next = blocks[f + 2];
  if (first?.equal && pureRemoval(gap) && gap && next?.equal) {
    const k = first.p.length;
    if (gap.p.length >= k && same(first.p, gap.p.slice(gap.p.length - k))) {
      const moved = gap.p.splice(gap.p.length - k, k);
      gap.p.unshift(...first.p);
      next.p.unshift(...moved);
      next.q.unshift(...first.q);
      blocks.splice(f, 1);
      const lead = blocks[0];
      if (f === 1 && lead && lead !== gap) {
        lead.p.push(...gap.p);
        blocks.splice(1, 1);
      }
    }
  }
  const n = blocks.length;
  const l = blocks[n - 1]?.equal ? n - 1 : n - 2;
  const last = blocks[l];
  const gap2 = blocks[l - 1];
  const prev = blocks[l - 2];
  if (last?.equal && pureRemoval(gap2) && gap2 && prev?.equal) {
    const k = last.p.length;
    if (gap2.p.length >= k && same(last.p, gap2.p.slice(0, k))) {
      const moved = gap2.p.splice(0, k);
      gap2.p.push(...last.p);
      prev.p.push(...moved);
      prev.q.push(...last.q);
      blocks.splice(l, 1);
      const trail = blocks[l];
      if (trail && trail !== gap2) {
        gap2.p.push(...trail.p);
        gap2.q.push(...trail.q);
        blocks.splice(l, 1);
      }
    }
  }
}

export function alignWindow(
  index: CorpusIndex,
  quoteText: string,
  quoteTokens: Token[],
  window: [number, number],
  fragmentStart: Token | undefined,
): Piece | null {
  const pItems = passageItems(index, window[0], window[1]);
  const qItems: Item[] = quoteTokens.map((token) => ({ token, passage: -1, pos: -1 }));
  const changes = diffArrays(pItems, qItems, { comparator: (a, b) => tokensEqual(a.token, b.token) });

  // Blocks: equal runs and hunks (consecutive non-equal changes), with both sides' items.
  const blocks: Block[] = [];
  let pi = 0;
  let qi = 0;
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    const p = change.added ? [] : pItems.slice(pi, pi + n);
    const q = change.removed ? [] : qItems.slice(qi, qi + n);
    if (!change.added) pi += n;
    if (!change.removed) qi += n;
    const equal = !change.added && !change.removed;
    const last = blocks[blocks.length - 1];
    if (!equal && last && !last.equal) {
      last.p.push(...p);
      last.q.push(...q);
    } else blocks.push({ equal, p, q });
  }
  slideToEdges(blocks);
  const firstEq = blocks.findIndex((b) => b.equal && wordsOf(b.q).length > 0);
  if (firstEq < 0) return null;
  let lastEq = firstEq;
  blocks.forEach((b, i) => {
    if (b.equal && wordsOf(b.q).length > 0) lastEq = i;
  });

  const quoteSlice = (items: Item[]) => {
    // Keep the brackets of a bracketed first/last word: "[that]", not "that".
    let start = at(items, 0).token.start;
    let end = at(items, items.length - 1).token.end;
    if (at(items, 0).token.bracket > 0) {
      const open = /\[[^\s\p{L}\p{N}]{0,2}$/u.exec(quoteText.slice(Math.max(0, start - 3), start));
      if (open) start -= open[0].length;
    }
    if (at(items, items.length - 1).token.bracket > 0) {
      // The closing bracket, past any apostrophe or stop glued to the word ("[Sessions’]").
      const close = /^[^\s\p{L}\p{N}]{0,2}\]/u.exec(quoteText.slice(end, end + 3));
      if (close) end += close[0].length;
    }
    return quoteText.slice(start, end);
  };
  const passageSlice = (items: Item[]) => {
    const parts: string[] = [];
    let run: Item[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const text = index.passage(at(run, 0).passage).passage.text;
      parts.push(text.slice(at(run, 0).token.start, at(run, run.length - 1).token.end));
      run = [];
    };
    for (const item of items) {
      if (run.length > 0 && at(run, 0).passage !== item.passage) flush();
      run.push(item);
    }
    flush();
    return parts.join(' ');
  };

  /** Bracket group of the source's last insertion the quotation printed unbracketed (to merge its words). */
  let lastPassageBracket = 0;
  const piece: Piece = {
    source: index.passage(at(pItems, 0).passage).source.id,
    pairs: [],
    edits: [],
    diff: [],
    unmatchedRuns: [],
    droppedWords: 0,
    longestRun: 0,
    longestRunContent: 0,
    leading: [],
    trailing: [],
    bracketWords: 0,
    lo: Number.POSITIVE_INFINITY,
    hi: -1,
  };

  /** Sic marks and [bracketed] words at the quotation's edges: edits; other words there: unexplained. */
  const edge = (items: Item[]): Token[] => {
    const rest: Token[] = [];
    for (const item of items) {
      const t = item.token;
      if (t.kind === 'sic') piece.edits.push({ type: 'sic', text: quoteText.slice(t.start, t.end) });
      else if (t.kind === 'word' && (t.bracket > 0 || t.partialBracket)) {
        piece.bracketWords++;
        const prev = piece.edits[piece.edits.length - 1];
        const text = quoteSlice([item]);
        if (prev?.type === 'insertion' && prev.source === undefined) prev.text += ` ${text}`;
        else piece.edits.push({ type: 'insertion', text });
      } else if (t.kind === 'word') rest.push(t);
    }
    return rest;
  };

  for (let b = 0; b < blocks.length; b++) {
    const block = at(blocks, b);
    if (b < firstEq) {
      piece.leading.push(...edgeTokens(block.q));
      continue;
    }
    if (b > lastEq) {
      piece.trailing.push(...edgeTokens(block.q));
      continue;
    }
    if (block.equal) equalBlock(block);
    else hunk(block);
  }
  // Leading/trailing quotation tokens: marks and brackets there are edits; words go back to the caller.
  piece.leading = edge(piece.leading.map((token) => ({ token, passage: -1, pos: -1 })));
  piece.trailing = edge(piece.trailing.map((token) => ({ token, passage: -1, pos: -1 })));
  return piece;

  function edgeTokens(items: Item[]): Token[] {
    return items.map((i) => i.token).filter((t) => t.kind !== 'ellipsis');
  }

  function equalBlock(block: Block) {
    piece.diff.push({ op: 'equal', text: quoteSlice(block.q) });
    let run = 0;
    let runContent = 0;
    let caseRun = false;
    block.q.forEach((qItem, i) => {
      const pItem = at(block.p, i);
      const q = qItem.token;
      const p = pItem.token;
      if (q.kind !== 'word') return;
      piece.pairs.push({ quote: q, passage: pItem.passage, passageToken: p, pos: pItem.pos });
      piece.lo = Math.min(piece.lo, pItem.pos);
      piece.hi = Math.max(piece.hi, pItem.pos);
      run++;
      if (!isStopWord(q.key)) runContent++;
      const qText = quoteText.slice(q.start, q.end);
      const pText = index.passage(pItem.passage).passage.text.slice(p.start, p.end);
      caseRun = nameDifference(q, p, qText, pText, caseRun, pItem.passage);
    });
    if (run > piece.longestRun) {
      piece.longestRun = run;
      piece.longestRunContent = runContent;
    }
  }

  /** Edits for two equal words printed differently; returns whether this pair was a case edit. */
  function nameDifference(
    q: Token,
    p: Token,
    qText: string,
    pText: string,
    caseRun: boolean,
    passage: number,
  ): boolean {
    if (q.form === 'symbol' || p.form === 'symbol') {
      if (q.form !== p.form) piece.edits.push({ type: 'symbol', text: qText, source: pText });
      return false;
    }
    if (q.form !== p.form && (q.form === 'number-word' || p.form === 'number-word' || q.alt || p.alt)) {
      piece.edits.push({ type: 'number', text: qText, source: pText });
      return false;
    }
    if (p.bracket > 0 && q.bracket === 0 && !q.partialBracket) {
      // The quotation prints as the speaker's words what the source marks as an editorial insertion.
      const prev = piece.edits[piece.edits.length - 1];
      if (prev?.type === 'insertion' && prev.source && p.bracket === lastPassageBracket) {
        prev.text += ` ${qText}`;
        prev.source = `${prev.source.slice(0, -1)} ${pText.replace(/[[\]]/g, '')}]`;
      } else piece.edits.push({ type: 'insertion', text: qText, source: `[${pText.replace(/[[\]]/g, '')}]` });
      lastPassageBracket = p.bracket;
      return false;
    }
    // Printed alike (most pairs): the letters are alike too, without building them.
    if (qText === pText || letters(qText.replace(/[[\]]/g, '')) === letters(pText.replace(/[[\]]/g, '')))
      return false;
    const free =
      !q.partialBracket &&
      (q === fragmentStart || q.sentenceStart || p.sentenceStart || index.passage(passage).titleCase);
    if (free) return false;
    const prev = piece.edits[piece.edits.length - 1];
    if (caseRun && prev?.type === 'case') {
      prev.text += ` ${qText}`;
      prev.source += ` ${pText}`;
    } else piece.edits.push({ type: 'case', text: qText, source: pText });
    return true;
  }

  function hunk(block: Block) {
    const qWords = wordsOf(block.q);
    const pWords = wordsOf(block.p);
    for (const item of block.q) {
      if (item.token.kind === 'sic') piece.edits.push({ type: 'sic', text: quoteSlice([item]) });
    }
    for (const item of block.p) {
      if (item.token.kind === 'ellipsis') {
        // The source marks an omission here that the quotation runs over without a mark of its own.
        piece.edits.push({ type: 'ellipsis', text: '', source: passageSlice([item]) });
      }
    }
    if (qWords.length === 0 && pWords.length === 0) return;
    const bracketed = qWords.filter((w) => w.token.bracket > 0 || w.token.partialBracket);
    const groups = new Set(
      bracketed.map((w) => (w.token.partialBracket ? `w${w.token.start}` : w.token.bracket)),
    );
    const explained =
      bracketed.length > 0 &&
      bracketed.length === qWords.length &&
      pWords.length <= MAX_BRACKET_SPAN * groups.size;
    if (pWords.length > 0) piece.diff.push({ op: 'removed', text: passageSlice(pWords) });
    if (qWords.length > 0) piece.diff.push({ op: 'added', text: quoteSlice(qWords) });
    if (explained) {
      piece.bracketWords += qWords.length;
      piece.edits.push(
        pWords.length === 0
          ? { type: 'insertion', text: quoteSlice(qWords) }
          : { type: 'replacement', text: quoteSlice(qWords), source: passageSlice(pWords) },
      );
      return;
    }
    if (qWords.length > 0) piece.unmatchedRuns.push(qWords.length);
    piece.droppedWords += pWords.length;
  }
}
