/** Word-level helpers for attribution: tokens with positions, sentence starts, word classes. */

export interface Token {
  /** As written, punctuation included. */
  raw: string;
  start: number;
  end: number;
  /** Lower-cased, without surrounding punctuation or quote marks. */
  word: string;
  /** Punctuation after the word (",", ":", "—", ".", …). */
  trail: string;
  /** Punctuation before it ("(", "—", …). */
  lead: string;
}

const EDGE_PUNCT = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

const isAsciiAlphanumeric = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** [lead, core, trail] of a whitespace-free chunk, as EDGE_PUNCT splits it. */
function splitEdges(raw: string): [string, string, string] {
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) > 127) {
      // Beyond ASCII, Unicode letter classes decide: the regular expression.
      const parts = EDGE_PUNCT.exec(raw);
      return [parts?.[1] ?? '', parts?.[2] ?? raw, parts?.[3] ?? ''];
    }
  }
  // ASCII (most chunks of most articles): the same split, by character codes.
  let a = 0;
  while (a < raw.length && !isAsciiAlphanumeric(raw.charCodeAt(a))) a++;
  if (a === raw.length) return [raw, '', ''];
  let b = raw.length;
  while (!isAsciiAlphanumeric(raw.charCodeAt(b - 1))) b--;
  return [raw.slice(0, a), raw.slice(a, b), raw.slice(b)];
}

function token(raw: string, start: number): Token {
  const [leadPart, core, trailPart] = splitEdges(raw);
  // A token of punctuation only ("—", ",") is both lead and trail, so clause checks see it.
  const lead = core ? leadPart : raw;
  const trail = core ? trailPart : raw;
  return { raw, start, end: start + raw.length, word: core.toLowerCase(), trail, lead };
}

const SPACE = /\s/;

/** `/\s/.test(text[i])` (one UTF-16 unit), answered by character code for ASCII. */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i] as string);
}

/** The whitespace-separated chunks of `text` (as `/\S+/g` finds them), with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !isSpaceAt(text, j)) j++;
    out.push(token(text.slice(i, j), i));
    i = j;
  }
  return out;
}

/** tokenize(text)[0], without tokenising the rest. */
export function firstToken(text: string): Token | undefined {
  const m = /\S+/.exec(text);
  return m ? token(m[0], m.index) : undefined;
}

/** Punctuation that ends a clause: a subject never reaches across it. */
export function endsClause(t: Token): boolean {
  return /[,;:()\u2014\u2013]/.test(t.trail) || /[\u2014\u2013]/.test(t.word);
}

export function startsClause(t: Token): boolean {
  return /[(\u2014\u2013]/.test(t.lead);
}

export const ABBREVIATIONS = new Set(
  'mr mrs ms dr gen sen sens rep reps del gov lt col sgt st jr sr no vs etc inc corp co jan feb mar apr aug sep sept oct nov dec prof rev ft mt capt cmdr adm maj atty dept supt hon gov’t e.g i.e'.split(
    ' ',
  ),
);

/** Does this token end a sentence (a full stop that is not an abbreviation's, or ! ?)? */
export function endsSentence(t: Token, next: Token | undefined): boolean {
  if (!/[.!?]/.test(t.trail)) return false;
  // "_" is a quotation's blanked-out words (see maskQuotations): it may open a sentence.
  if (next && !/^[^\p{L}\p{N}_]*[\p{Lu}\p{N}_]/u.test(next.raw)) return false;
  if (/[!?]/.test(t.trail)) return true;
  const core = t.raw.slice(t.lead.length, t.raw.length - t.trail.length);
  // U.S., D.C., J. — single letters with full stops are initials or abbreviations.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(core)) return false;
  return !ABBREVIATIONS.has(t.word);
}

/** Index of the first token of the sentence that contains token `i`. */
export function sentenceStart(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    if (endsSentence(tokens[k] as Token, tokens[k + 1])) return k + 1;
  }
  return 0;
}

export function isCapitalised(t: Token): boolean {
  return /^[^\p{L}\p{N}]*\p{Lu}/u.test(t.raw);
}

/** Verbs that report speech or writing, in the forms news copy uses. */
export const SPEECH_VERBS = new Set(
  `said says say added adds wrote writes told tells asked asks stated states explained explains noted notes
  warned warns argued argues claimed claims insisted insists replied replies responded responds recalled recalls
  testified testifies acknowledged acknowledges conceded concedes admitted admits declared declares announced
  announces concluded concludes found finds reported reports observed observes remarked commented comments
  complained complains urged urges cautioned cautions predicted predicts promised promises vowed vows boasted
  stressed stresses emphasized emphasised suggested suggests countered counters continued continues informed
  informs assured assures alleged alleges advised advises instructed instructs ordered orders directed directs
  described describes called calls labeled labelled dubbed termed emailed texted tweeted posted shouted yelled
  whispered joked quipped lamented maintained maintains contended contends asserted asserts charged charges
  pleaded demanded demands shows showed show revealed reveals reveal read reads recounted recounts messaged
  agreed agrees disagreed disagrees objected objects answered answers protested retorted quoted`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs of stance that report words when the quotation is what was said, not a name for a thing:
 * "Lee decried the plan as “cruel”" but not "Lee defended the so-called “zero tolerance” policy".
 */
export const STANCE_VERBS = new Set(
  `sings sang sung chanted chants cried cries yelled yells hollered retaliated decried mocked ridiculed derided blasted slammed criticized criticised praised hailed lauded
  welcomed denounced condemned dismissed defended touted pledged pledges rejected accused accuses blamed
  blames questioned challenged characterized characterised likened compared branded mused wondered
  wonders conceded apologized thanked congratulated proclaimed hinted signaled signalled indicated
  confirmed denied denies threatened requested advocated championed cited invoked reminded chided scolded
  lectured ribbed teased taunted groused grumbled fumed railed raged marveled marvelled gushed exclaimed
  sighed laughed chuckled snapped barked sniped scoffed sneered jabbed quipped mused offered pitched
  framed portrayed billed promoted bragged boasted reiterated repeated echoed summarized summarised
  acknowledged affirmed reaffirmed estimated projected forecast surmised speculated theorized
  reasoned recommended proposed deemed judged opined opines beamed riffed riffs screamed screams elaborated
  elaborates interjected muttered murmured exulted`
    .split(/\s+/)
    .filter(Boolean),
);

/** -ing forms that report the words of the clause's subject ("…, calling the plan “…”"). */
export const REPORTING_PARTICIPLES = new Set(
  `labeling labelling branding dubbing terming saying adding noting telling calling describing arguing warning insisting explaining stating asking
  declaring claiming suggesting writing urging stressing acknowledging conceding admitting promising
  vowing referring recalling predicting boasting complaining lamenting joking quipping praising
  criticizing criticising accusing blaming mocking dismissing defending touting pledging citing`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs of authoring that introduce a document's words (“Sessions prepared talking points: …”). */
export const AUTHORING_VERBS = new Set(
  'drafted prepared sent signed issued authored penned touted circulated forwarded published'.split(' '),
);

/** Words that may sit between a subject and its verb ("he later said", "she has said"). */
export const VERB_MODIFIERS = new Set(
  'has have had also later then once previously recently reportedly ultimately further again repeatedly publicly privately would will had already still never just even not only often always usually sometimes however'.split(
    ' ',
  ),
);

export const AUXILIARIES = new Set(
  'is are was were be been being am has have had will would could should can may might must do does did'.split(
    ' ',
  ),
);

/** Words that start a subordinate or relative clause: a subject never reaches back past them. */
export const CLAUSE_WORDS = new Set(
  'that which who whom whose what when where how why because while if as after before since although though whether than until unless once so'.split(
    ' ',
  ),
);

export const PREPOSITIONS = new Set(
  'in on at during after before to from with via for by about against over under through into onto upon within without between among toward towards across'.split(
    ' ',
  ),
);

export const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'then', 'also', 'yet', 'nor']);

export const DETERMINERS = new Set(
  'the a an this that these those his her their its our your my some any no each every one two three several many another both most all'.split(
    ' ',
  ),
);

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/** Common irregular past forms a quoted predicate starts with ("found no evidence", "took no steps"). */
export const IRREGULAR_PAST = new Set(
  'found made took gave knew saw sent went came did had was were began brought thought felt kept left led lost met paid put ran sought spent stood understood won wrote told said chose became got struck fought held drew threw'.split(
    ' ',
  ),
);

/**
 * Does a quotation read as a predicate, i.e. start (in lower case) with a verb: an auxiliary, a
 * reporting verb, a regular past ("failed", "ignored") or a common irregular one ("found")?
 */
export function startsWithVerb(quote: string): boolean {
  const first = firstToken(quote);
  if (!first || isCapitalised(first) || !/^\p{Ll}/u.test(first.raw)) return false;
  const w = first.word;
  return AUXILIARIES.has(w) || SPEECH_VERBS.has(w) || IRREGULAR_PAST.has(w) || /^\p{L}{3,}ed$/u.test(w);
}

/**
 * "Speaking in Dayton, Ohio, Lee said": past an opening phrase that ends with a town (at `i - 1`),
 * its state or country set off by commas is still the phrase, not the subject. Returns where the
 * subject starts.
 */
export function pastPlaceTail(tokens: readonly Token[], i: number): number {
  const town = tokens[i - 1];
  if (!town || !isCapitalised(town) || !/,$/.test(town.trail)) return i;
  for (let j = i; j < i + 3 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (!isCapitalised(t) || !t.word) return i;
    if (endsClause(t)) {
      const next = tokens[j + 1];
      // "In Toledo, Ohio, on Tuesday, Lee …": another opening phrase may follow the state.
      return /,$/.test(t.trail) && next && (isCapitalised(next) || PREPOSITIONS.has(next.word)) ? j + 1 : i;
    }
  }
  return i;
}
