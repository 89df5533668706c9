/**
 * People an article names, for resolving "he said" / "she said": where each is named, whether as the
 * subject of a sentence (salient) or in passing, and the gender the article's own words give them
 * (a title, a gendered description, a common first name, or a pronoun already resolved to them).
 */
import { isPersonName } from './names';
import { endsClause, isCapitalised, pastPlaceTail, type Token } from './words';

export type Gender = 'm' | 'f';

const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'madam', 'lady', 'queen', 'princess', 'sister', 'dame']);

/** Descriptions that give a gender ("the agency's spokeswoman", "the congressman"). */
const MALE_NOUNS =
  /\b(?:spokesman|congressman|chairman|businessman|councilman|assemblyman|congressmen|husband|father|son|brother|man|boy|uncle|grandfather|king|prince|actor|widower|nephew)\b/i;
const FEMALE_NOUNS =
  /\b(?:spokeswoman|congresswoman|chairwoman|businesswoman|councilwoman|assemblywoman|wife|mother|daughter|sister|woman|girl|aunt|grandmother|queen|princess|actress|widow|niece|first lady)\b/i;

/**
 * Common given names of each gender (US and UK usage, some Spanish, French and South Asian ones):
 * only a hint, used when the article gives nothing better. Ambiguous names are in neither list.
 */
const MALE_NAMES = new Set(
  `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
  jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
  frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
  ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan
  jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent
  ralph eugene russell bobby mason philip louis bernie bernard barack mitt ted jeb marco rand mike chris
  newt rick reince paul lindsey chuck harry mitch tim bill hugh kurt neil bob jim tom dan ben sam ken
  steve greg jeff joel jon carlos luis miguel jorge pedro rafael manuel antonio francisco ahmed mohammed
  muhammad ali omar hassan ivan vladimir dmitri sergei boris igor xi jean pierre jacques francois emmanuel
  nicolas rahul raj vijay arjun hans klaus stefan jens lars rod gene lee matt nate ray ron ross seth todd
  trey wes abe al ed fred glenn hank herb ike jay karl leon max mel nick phil reed rex sid stan vic wade
  reid rudy corey cory devin elliot ezra felix gavin grant hunter ian jared julian lance marcus martin
  mario oscar owen preston rex ricardo sergio shane spencer travis trevor victor warren wesley xavier`
    .split(/\s+/)
    .filter(Boolean),
);
const FEMALE_NAMES = new Set(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
  ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine
  debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly
  christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann
  teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn
  beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
  hillary kirstjen nikki carly elise kellyanne huma michele sheila hope condoleezza ivanka melania
  tulsi kamala dianne nancy elena sonia ruth loretta sally janet jane kate katie kathy sue liz beth
  meg peggy maggie molly jill gina tina lena nina vera rosa lucia carmen ana sofia isabel pilar marta
  fatima aisha priya anita sunita indira angela ursula theresa marine christine brigitte ingrid astrid
  greta helga yulia olga natasha tatiana irina svetlana jenny becky wendy tammy tracy holly dana
  erin kristen kirsten claire clara eleanor ella eva ivy joy leah lily lucy mia nora paula stella
  tara tessa valerie veronica vanessa yvonne zoe bernadette colleen darlene gwen harriet hazel iris
  kristin krista kristi marsha maxine mildred myrna penny rhonda roberta shelley sylvia tamara thelma
  wanda yolanda deirdre dolores elaine eileen esther georgia gretchen hilary jeanne joanne kara leslie
  lorraine lynn marcia marion maureen miriam naomi norma patty phyllis rita roxanne sabrina shannon`
    .split(/\s+/)
    .filter(Boolean),
);

/** Is this (lower-cased) word a common given name? */
export function isGivenName(word: string): boolean {
  return MALE_NAMES.has(word) || FEMALE_NAMES.has(word);
}

/** The gender a name or description itself gives, if any. */
export function genderOfPhrase(phrase: string): Gender | null {
  const words = phrase
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  for (const w of words) {
    if (MALE_TITLES.has(w)) return 'm';
    if (FEMALE_TITLES.has(w)) return 'f';
  }
  if (FEMALE_NOUNS.test(phrase)) return 'f';
  if (MALE_NOUNS.test(phrase)) return 'm';
  // The given name: the first word of a name that is not a title ("Sen. Elizabeth Warren").
  const given = words.find((w) => !NAME_TITLES.has(w));
  if (given && words.length >= 2) {
    if (FEMALE_NAMES.has(given)) return 'f';
    if (MALE_NAMES.has(given)) return 'm';
  }
  return null;
}

/** Titles before a name that say nothing about gender. */
const NAME_TITLES = new Set(
  'sen senator rep representative gov governor president vice dr prof gen judge justice secretary mayor attorney general deputy former chief director speaker leader chairman chairwoman'.split(
    ' ',
  ),
);

/** The word a person is known by later in an article: "Sen. Ann Lee (R)" → "lee". */
export function surnameKey(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.'\u2019-]+$/gu, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w));
  return (words.at(-1) ?? name).replace(/['\u2019]s$/, '').toLowerCase();
}

/** A person named somewhere in the article (absolute offset), and how prominently. */
export interface Mention {
  at: number;
  name: string;
  key: string;
  /** Sentence subject or a quotation's speaker: the person a following "he" most likely means. */
  salient: boolean;
}

/** What the article has told us about each person (by surname key) so far. */
export class People {
  private readonly genders = new Map<string, Gender>();
  private readonly conflicted = new Set<string>();
  /** Full names by surname key, so a later "Lee" can be given as "Ann Lee" when that helps. */
  readonly mentions: Mention[] = [];

  learn(name: string, gender: Gender | null): void {
    if (!gender) return;
    const key = surnameKey(name);
    if (this.conflicted.has(key)) return;
    const known = this.genders.get(key);
    if (known && known !== gender) {
      // Two people share a surname (or a hint was wrong): no gender for either.
      this.genders.delete(key);
      this.conflicted.add(key);
    } else this.genders.set(key, gender);
  }

  genderOf(name: string): Gender | null {
    const key = surnameKey(name);
    return this.genders.get(key) ?? null;
  }

  mention(at: number, name: string, salient: boolean): void {
    this.learn(name, genderOfPhrase(name));
    this.mentions.push({ at, name, key: surnameKey(name), salient });
  }
}

/** Capitalised runs that are a person's name, with their offsets in `text`. */
export function namesIn(text: string, tokens: readonly Token[]): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t) || t.lead) {
      k++;
      continue;
    }
    let end = k + 1;
    while (
      end < tokens.length &&
      end - k < 4 &&
      !/[,;:)\u2014\u2013]/.test((tokens[end - 1] as Token).trail) &&
      isCapitalised(tokens[end] as Token) &&
      !(tokens[end] as Token).lead
    ) {
      end++;
    }
    if (end - k >= 2) {
      const last = tokens[end - 1] as Token;
      const name = text.slice(t.start, last.end - last.trail.length);
      if (isPersonName(name)) out.push({ name, index: t.start });
    }
    k = end;
  }
  return out;
}

/** A person named as the subject of a sentence: "Becker spokeswoman Dana Whitfield said …". */
export interface SubjectMention {
  /** Block-local offset of the name. */
  index: number;
  name: string;
  /** The whole noun phrase ("Becker spokeswoman Dana Whitfield"), for its gender words. */
  phrase: string;
}

const SUBJECT_OPENERS = new Set(
  'meanwhile however still also later earlier instead yet but and so then now today yesterday recently separately similarly again indeed finally thus afterward afterwards nonetheless nevertheless moreover'.split(
    ' ',
  ),
);

/**
 * The people that sentences of `text` open with, in order: past an opening adverbial ("On Thursday,",
 * "Speaking in Ohio,", "Meanwhile,"), the noun phrase before the verb, when it ends in a person's name
 * ("Sen. Ann Lee", "Becker spokeswoman Dana Whitfield", "Lee" when a verb follows).
 */
export function sentenceSubjects(
  text: string,
  tokens: readonly Token[],
  sentenceStarts: readonly number[],
  isKnownName: (word: string) => boolean,
): SubjectMention[] {
  const out: SubjectMention[] = [];
  for (const start of sentenceStarts) {
    let i = start;
    for (let guard = 0; guard < 3 && i < tokens.length; guard++) {
      const t = tokens[i] as Token;
      if (SUBJECT_OPENERS.has(t.word) && (guard === 0 || !isCapitalised(t) || /,$/.test(t.trail))) {
        i++;
        continue;
      }
      const opener =
        OPENING_PREPOSITIONS.has(t.word) ||
        /^\p{L}\p{Ll}+(?:ing|ly)$/u.test(t.raw) ||
        /^(?:asked|when|after|as|while|before|since|if|although|though|because)$/.test(t.word) ||
        // "At the club, where it costs …, Lee said": a relative clause goes on with the opening phrase.
        (guard > 0 && /^(?:where|which|who)$/.test(t.word));
      if (!opener) break;
      let c = i;
      while (c < tokens.length && c - i < 30 && !/,$/.test((tokens[c] as Token).trail)) c++;
      if (c >= tokens.length || !/,$/.test((tokens[c] as Token).trail)) break;
      i = pastPlaceTail(tokens, c + 1);
    }
    const subject = subjectAt(text, tokens, i, isKnownName);
    if (subject) out.push(subject);
  }
  return out;
}

const OPENING_PREPOSITIONS = new Set(
  'in on at during after before from with for by about over under through within without since until amid despite following like unlike among across against toward towards besides beyond around along behind between inside outside near'.split(
    ' ',
  ),
);
const NOT_NAMES = new Set(
  `the a an this that these those his her their its our my i we you he she they it there here what who which
  if when where while because although though since until unless after before as but and or so yet last
  next first many most some all both each every no not now then still also only even just such in on at for
  with by from of to into over under during`.split(/\s+/),
);

function subjectAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  isKnownName: (word: string) => boolean,
): SubjectMention | null {
  const opening = tokens[i];
  if (!opening) return null;
  if (/^(?:the|a|an)$/.test(opening.word)) return descriptionAt(text, tokens, i);
  let runStart = -1;
  let runEnd = -1;
  let j = i;
  for (; j < tokens.length && j - i < 8; j++) {
    const t = tokens[j] as Token;
    if (!t.word || (j > i && t.lead)) break;
    if (isCapitalised(t)) {
      if (NOT_NAMES.has(t.word)) return null;
      if (runEnd !== j) runStart = j;
      runEnd = j + 1;
    } else if (runEnd === j && j > i) {
      // A lower-case word after a name: the verb, unless another name follows ("Cruz spokeswoman Ann Lee").
      const ahead = tokens.slice(j + 1, j + 4).findIndex((n) => isCapitalised(n) && !NOT_NAMES.has(n.word));
      const between = tokens.slice(j, j + 1 + Math.max(ahead, 0));
      const title = between.at(-1)?.word ?? '';
      if (
        ahead < 0 ||
        !PERSON_NOUNS.has(title) ||
        between.some((b) => /[,;:]$/.test(b.trail) || VERBISH.test(b.word))
      ) {
        break;
      }
    } else if (
      !/^\p{Ll}[\p{Ll}-]*$/u.test(t.raw) ||
      VERBISH.test(t.word) ||
      NOT_NAMES.has(t.word) ||
      PREPOSITION_WORDS.has(t.word) ||
      j - i >= 3
    ) {
      // Before the name only a few descriptive words: "former Ohio governor Ann Lee".
      if (runStart < 0) return null;
      break;
    }
    if (/[,;:)]$/.test(t.trail) || POSSESSIVE.test(t.raw)) {
      j++;
      break;
    }
  }
  if (runStart < 0) return null;
  const last = tokens[runEnd - 1] as Token;
  const first = tokens[runStart] as Token;
  // "Lee's campaign said …": Lee is still the person a later "she" most likely means.
  const name = text.slice(first.start, last.end - last.trail.length).replace(POSSESSIVE, '');
  if (!isPersonName(name)) return null;
  // One capitalised word proves nothing at a sentence start unless the article uses it as a name, or
  // a past verb (or an adverb and one) follows it and it is no plural of people ("Moreno freely conceded",
  // not "Officials said").
  if (runEnd - runStart === 1 && runStart === i && !isKnownName(surnameKey(name))) {
    const next = tokens[runEnd];
    const after = tokens[runEnd + 1];
    const pastVerb = (t: Token | undefined) =>
      t !== undefined &&
      !isCapitalised(t) &&
      (/^\p{Ll}{3,}ed$/u.test(t.word) || /^(?:said|told|wrote)$/.test(t.word));
    const verbFollows =
      pastVerb(next) || (next !== undefined && /^\p{Ll}+ly$/u.test(next.word) && pastVerb(after));
    const plural = /(?:ers|ists|ans|ics|ials|ents|ates|ors|ies|ives)$/.test(name.toLowerCase());
    if (!verbFollows || plural || PERSON_NOUNS.has(name.toLowerCase())) return null;
  }
  const phraseStart = (tokens[i] as Token).start;
  return { index: first.start, name, phrase: text.slice(phraseStart, last.end) };
}

const POSSESSIVE = /['\u2019]s?$/;
const PREPOSITION_WORDS = new Set(
  'in on at to into onto from with by for of about over under through after before during against'.split(' '),
);

/** Head nouns of descriptions of a person: "the Florida senator", "the GOP candidate". */
const PERSON_NOUNS = new Set(
  `senator candidate nominee president governor mayor spokesman spokeswoman spokesperson secretary
  businessman businesswoman billionaire mogul tycoon magnate developer congressman congresswoman lawmaker
  leader chairman chairwoman frontrunner front-runner official director attorney lawyer judge justice actor
  actress star host anchor reporter journalist writer author professor economist analyst adviser advisor aide
  strategist pollster speaker minister ambassador general officer chief executive founder activist veteran
  father mother wife husband man woman singer comedian neurosurgeon surgeon doctor pastor priest pope king
  queen prince princess investor banker columnist commentator representative challenger incumbent rival
  dissident member delegate resident student teacher worker organizer supporter critic ally donor operative
  pundit blogger cleric rabbi imam bishop sheriff commissioner treasurer councilman councilwoman trustee
  superintendent chancellor coach lobbyist consultant historian demographer sociologist scientist researcher
  physician nurse soldier captain sergeant colonel lieutenant detective agent prosecutor counsel deputy
  manager icon chair co-chair coordinator owner co-founder`
    .split(/\s+/)
    .filter(Boolean),
);

export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word);
}

/** "The Florida senator said …", "The GOP candidate’s answer …": a description of one person. */
function descriptionAt(text: string, tokens: readonly Token[], i: number): SubjectMention | null {
  for (let j = i + 1; j < tokens.length && j - i <= 5; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.lead) return null;
    if (PERSON_NOUNS.has(t.word)) {
      const next = tokens[j + 1];
      // "The columnist Jane Roe wrote …": the name after the description is who it is.
      if (next && isCapitalised(next) && !/[,;:]$/.test(t.trail)) {
        let end = j + 1;
        while (end < tokens.length && end - j <= 3 && isCapitalised(tokens[end] as Token)) {
          end++;
          if (/[,;:]$/.test((tokens[end - 1] as Token).trail)) break;
        }
        const last = tokens[end - 1] as Token;
        const name = text.slice(next.start, last.end - last.trail.length).replace(POSSESSIVE, '');
        const after = tokens[end];
        const verbFollows = /[,;:]$/.test(last.trail) || (after !== undefined && VERBISH.test(after.word));
        if (isPersonName(name) && verbFollows)
          return { index: next.start, name, phrase: text.slice((tokens[i] as Token).start, last.end) };
        return null;
      }
      const ends =
        POSSESSIVE.test(t.raw) || /[,;:]$/.test(t.trail) || (next !== undefined && VERBISH.test(next.word));
      if (!ends) return null;
      const name = text.slice((tokens[i] as Token).start, t.end - t.trail.length).replace(POSSESSIVE, '');
      return { index: (tokens[i] as Token).start, name, phrase: name };
    }
    if (endsClause(t) || VERBISH.test(t.word)) return null;
  }
  return null;
}

/** Lower-case words that are verbs (or sit before one) after a subject. */
const VERBISH =
  /^(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|noted|notes|is|was|has|had|have|will|would|can|could|did|does|also|later|then|once|who|\p{Ll}+ed|\p{Ll}+s)$/u;
