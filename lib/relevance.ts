/**
 * Is a page about a source in the corpus? Only then are its quotations badged by default: on any other
 * page every badge would be a grey "not found", and a page covered in them teaches the reader to ignore
 * badges. A page is about the corpus when one of these holds (checked in this order):
 *
 * - it names a source: the report's number, title or publisher, or one of the `names` kept as data on a
 *   source (data/source-aliases.json) — or two different `terms` of a source's subject. One term is not
 *   enough: "inspector general" or "zero tolerance" alone is also what a page about another inspector
 *   general's report, or about a school's rules, says. Related sources (statements, the ACLU, a senator's
 *   office) are named by their aliases and titles only: naming their publisher is what any page does.
 * - it quotes a speaker the corpus holds: a quotation is attributed to a person whose full name, as the
 *   corpus records it ("Jeff Sessions"), the page prints. A surname alone is not enough ("Hamilton").
 *   The corpus records speakers in two places: each passage's speaker, and each document's `speakers`
 *   (who speaks as the document: a ruling's judge, a speech's speaker, the report's author), which is
 *   what an added document with several speakers has, its sentences having none.
 * - one of its quotations matches a source: verified, edited, altered, partly found or said elsewhere —
 *   not a phrase, which is too short to be evidence of anything.
 *
 * Pure: the background runs it on each scan; the tests run it on their own pages.
 */
import type { Passage, Source } from './corpus/types';
import { speakerCore } from './match/attribution';
import type { Verdict } from './types';

/** The corpus as the background keeps it loaded (by id); `corpusMaps` makes one from plain lists. */
export interface RelevanceCorpus {
  sources: ReadonlyMap<string, Source>;
  passages: ReadonlyMap<string, Passage>;
}

export function corpusMaps(corpus: {
  sources: readonly Source[];
  passages: readonly Passage[];
}): RelevanceCorpus {
  return {
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
    passages: new Map(corpus.passages.map((p) => [p.id, p])),
  };
}

export type RelevanceReason = 'names-source' | 'quotes-speaker' | 'quotation-matches';

export interface Relevance {
  /** The page is about a source of the corpus. */
  about: boolean;
  /** Why, when it is. */
  reason: RelevanceReason | null;
  /** What decided it: the name, the speaker or the quotation. */
  evidence: string | null;
}

export interface PageForRelevance {
  title: string;
  texts: readonly string[];
  quotes: ReadonlyArray<{ quote: string; attributedTo: string | null }>;
  statuses: readonly Verdict[];
}

const MATCHING: ReadonlySet<Verdict> = new Set(['verified', 'edited', 'altered', 'partial', 'elsewhere']);

/** Lower case, every run of anything but letters and digits one space, padded: whole words compare as substrings. */
export const relevanceKey = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/['\u2019]s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

interface Cues {
  /** Keys that name a source, with the text they came from. */
  names: Array<{ key: string; text: string }>;
  /** Per source: its subject's terms. */
  terms: Array<Array<{ key: string; text: string }>>;
  /** Full names of people the corpus records as speakers, and their surnames. */
  people: Array<{ key: string; name: string; surname: string }>;
}

const cuesCache = new WeakMap<RelevanceCorpus, Cues>();

/** A name of two or three capitalised words, the middle one possibly an initial: "Carolyn B. Maloney". */
const FULL_NAME = /\b\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\b/gu;
/** Capitalised words that begin a title or an office, not a person's given name. */
const NOT_A_GIVEN_NAME =
  /^(?:Inspector|Attorney|Deputy|Secretary|Ranking|House|Senate|White|Homeland|Western|Southern|Northern|Eastern|Office|Department|General|Marshals|United|Federal|Executive|Fiscal)\b/;

/** Titles before a person's name, which a page may or may not print: "Judge", "Sen.", "Chair". */
const LEADING_TITLES =
  /^(?:(?:Judge|Justice|Chief|Magistrate|Sen\.?|Senator|Rep\.?|Representative|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Gov\.?|Governor|Mayor|President|Commissioner|Chair|Chairman|Chairwoman|Secretary|Prof\.?|Professor|Inspector|Attorney|Deputy|General)\s+)+/;

function sourceNames(source: Source): string[] {
  const names = [source.title, ...(source.aliases?.names ?? [])];
  if (source.number) names.push(source.number);
  // A related source's publisher is an office or a person any page may name (see the header).
  if (source.role === 'primary') names.push(source.publisher.replace(/\([^)]*\)/g, ' '));
  return names;
}

function cuesOf(corpus: RelevanceCorpus): Cues {
  const cached = cuesCache.get(corpus);
  if (cached) return cached;
  const keyed = (texts: string[]) =>
    texts.map((text) => ({ key: relevanceKey(text), text })).filter((c) => c.key.trim().length > 0);
  const sources = [...corpus.sources.values()].filter((s) => !s.fullTextOf);
  const people = new Map<string, { key: string; name: string; surname: string }>();
  const person = (name: string) => {
    const surname = name.split(/\s+/).at(-1) as string;
    people.set(name, { key: relevanceKey(name), name, surname: relevanceKey(surname) });
  };
  for (const passage of corpus.passages.values()) {
    for (const m of (passage.speaker ?? '').matchAll(FULL_NAME)) {
      if (!NOT_A_GIVEN_NAME.test(m[0])) person(m[0]);
    }
  }
  // A document's speakers are names as someone typed them ("Judge Maria Alvarez"): without the title a
  // page may leave out, unless that leaves only a surname ("Judge Alvarez" is kept whole).
  for (const source of sources) {
    for (const speaker of source.speakers ?? []) {
      const name = speakerCore(speaker).replace(/\s+/g, ' ').trim();
      const untitled = name.replace(LEADING_TITLES, '');
      if (untitled.split(' ').length >= 2) person(untitled);
      else if (name.split(' ').length >= 2) person(name);
    }
  }
  const cues: Cues = {
    names: keyed(sources.flatMap(sourceNames)),
    terms: sources.map((s) => keyed(s.aliases?.terms ?? [])),
    people: [...people.values()],
  };
  cuesCache.set(corpus, cues);
  return cues;
}

export function pageRelevance(corpus: RelevanceCorpus, page: PageForRelevance): Relevance {
  const cues = cuesOf(corpus);
  const text = relevanceKey([page.title, ...page.texts].join(' \n '));
  const named = cues.names.find((n) => text.includes(n.key));
  if (named) return { about: true, reason: 'names-source', evidence: named.text };
  for (const terms of cues.terms) {
    const found = [...new Set(terms.filter((t) => text.includes(t.key)).map((t) => t.key))];
    if (found.length >= 2) {
      const texts = found.map((k) => terms.find((t) => t.key === k)?.text ?? k);
      return { about: true, reason: 'names-source', evidence: texts.join(', ') };
    }
  }
  for (const q of page.quotes) {
    if (!q.attributedTo) continue;
    const said = relevanceKey(q.attributedTo);
    const person = cues.people.find((p) => said.includes(p.surname) && text.includes(p.key));
    if (person) return { about: true, reason: 'quotes-speaker', evidence: person.name };
  }
  const i = page.statuses.findIndex((s) => MATCHING.has(s));
  if (i >= 0) return { about: true, reason: 'quotation-matches', evidence: page.quotes[i]?.quote ?? null };
  return { about: false, reason: null, evidence: null };
}
