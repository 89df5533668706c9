import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../lib/extract';
import { blocksOf, onlyQuote, quotesOf } from './helpers';

const who = (...paragraphs: string[]) => onlyQuote(...paragraphs).attributedTo;

describe('attribution after the quotation', () => {
  it('"X said" / "X says" / "X told …" / "X wrote"', () => {
    expect(who('“We are reviewing the policy,” Smith said.')).toBe('Smith');
    expect(who('“We are reviewing the policy,” the spokeswoman says.')).toBe('the spokeswoman');
    expect(who('“We are reviewing the policy,” Jane Smith told reporters on Monday.')).toBe('Jane Smith');
    expect(who('“We have now heard of us taking moms away,” one prosecutor wrote.')).toBe('one prosecutor');
    expect(who('“We are reviewing the policy,” Smith later added.')).toBe('Smith');
  });

  it('"said X" with the apposition trimmed', () => {
    expect(
      who('“This report shows how far they would go,” said Lee Gelernt, the lead attorney on the case.'),
    ).toBe('Lee Gelernt');
  });

  it('"according to X"', () => {
    expect(who('“Prosecute parents,” according to Rod Rosenstein.')).toBe('Rod Rosenstein');
  });

  it('a report or its findings is the document, not a speaker', () => {
    expect(who('“The focus came at the expense of children,” the 93-page report concluded.')).toBeNull();
    expect(who('“The focus came at the expense of children,” the findings said.')).toBeNull();
  });

  it('a statement is a speaker as the article names it', () => {
    expect(who('“Today’s report sheds new light on the chaos,” the statement said.')).toBe('the statement');
  });

  it('never gives "they" as a speaker: a group named before, or nobody', () => {
    expect(who('“We uncovered shocking evidence of harm,” they added.')).toBeNull();
  });

  it('does not read a new sentence as an attribution', () => {
    expect(who('He wrote: “The plan worked.” Smith said the numbers were wrong.')).toBeNull();
    expect(who('Lee wrote: “The plan worked.” Smith said the numbers were wrong.')).toBe('Lee');
    expect(who('“The plan worked.” Smith said the numbers were wrong.')).toBeNull();
  });

  it('does not take any following subject and verb for an attribution', () => {
    expect(
      who(
        'Parents stayed for “3 to 7 days and longer in some places,” Sessions and his advisors refused to change course.',
      ),
    ).toBeNull();
  });
});

describe('attribution before the quotation', () => {
  it('"X told them: “…”" past a clause word', () => {
    expect(
      who('When prosecutors balked, an email shows that Rosenstein told them: “We should NOT be declining.”'),
    ).toBe('Rosenstein');
  });

  it('"X warned … that … could cause “…”" even when "the report said" follows', () => {
    expect(
      who(
        'Also revealed: U.S. Marshals officials warned DOJ leadership that separations would hinder operations, and could cause “a funding shortfall of $227 million,” which ultimately occurred, the report said.',
      ),
    ).toBe('U.S. Marshals officials');
  });

  it('"X called … a “…”", dropping "the" before a proper name', () => {
    expect(
      who(
        'In a joint statement, the Judiciary Committee Chairs called the report a “dark chapter in our history.”',
      ),
    ).toBe('Judiciary Committee Chairs');
  });

  it('"the U.S. attorneys informed them … “…”"', () => {
    expect(
      who(
        'And when the U.S. attorneys informed them parents remained in custody for “3 to 7 days in most districts,” nothing changed.',
      ),
    ).toBe('U.S. attorneys');
  });

  it('a subject right before a quotation that is its predicate', () => {
    expect(
      who('According to the inspector general’s office, the agency ”found no evidence of any planning.”'),
    ).toBe('the agency');
  });

  it('not a subject when the quotation is a noun phrase', () => {
    expect(who('Officials defended the so-called “zero tolerance” policy.')).toBeNull();
    expect(who('They criticised the department’s “failure to plan for separations.”')).toBeNull();
  });

  it('"X’s email"', () => {
    expect(who('Rosenstein’s email said “prosecute parents if DHS decides to separate families.”')).toBe(
      'Rosenstein',
    );
    expect(
      who('In Rosenstein’s email to prosecutors: “Prosecute parents if DHS decides to separate families.”'),
    ).toBe('Rosenstein');
  });

  it('a talking-points author introduced by a colon', () => {
    expect(
      who(
        'At a meeting where Sessions prepared talking points that touted the initiative: “The pilot program worked.”',
      ),
    ).toBe('Sessions');
  });

  it('no attribution when the article gives none', () => {
    expect(who('The policy was a “deliberate and cruel choice” for families at the border.')).toBeNull();
    expect(who('The findings reveal how the DOJ “failed to effectively prepare for the policy.”')).toBeNull();
  });
});

describe('pronouns', () => {
  it('resolves "he" to the person the sentence opens with', () => {
    const quotes = quotesOf(
      'Prosecutors wrote to Sessions and Rosenstein in May.',
      'Sessions ignored their pleas during a call: “We need to take away children,” he said.',
    );
    expect(quotes.map((q) => q.attributedTo)).toEqual(['Sessions']);
  });

  it('resolves "she" to the last named person in an earlier paragraph', () => {
    const quotes = quotesOf(
      'Kirstjen Nielsen was asked about the policy on Tuesday.',
      '“We are not separating families,” she said.',
    );
    expect(quotes[0]?.attributedTo).toBe('Kirstjen Nielsen');
  });

  it('resolves to the last named speaker when nearer than any sentence subject', () => {
    const quotes = quotesOf(
      'Officials met in May. “We will prosecute everyone,” said Jeff Sessions.',
      '“No exceptions,” he added.',
    );
    expect(quotes.map((q) => q.attributedTo)).toEqual(['Jeff Sessions', 'Jeff Sessions']);
  });

  it('gives no speaker (never the pronoun) when no person is named nearby', () => {
    expect(who('The meeting went on for hours. “We will prosecute everyone,” he said.')).toBeNull();
  });
});

describe('quotations continuing a paragraph', () => {
  it('inherit the speaker of the quotation before them', () => {
    const quotes = extractQuotes(
      blocksOf(
        '“The practice was immoral,” said Lee Gelernt, the lead attorney. “More details will emerge.”',
      ),
    );
    expect(quotes.map((q) => q.attributedTo)).toEqual(['Lee Gelernt', 'Lee Gelernt']);
  });

  it('do not inherit across paragraphs, and fragments do not inherit', () => {
    const quotes = quotesOf(
      '“The practice was immoral,” Gelernt said. It was “cruel”.',
      'Then came “a new chapter in the story.”',
    );
    expect(quotes.map((q) => q.attributedTo)).toEqual(['Gelernt', null, null]);
  });
});

describe('subject right before the mark needs a predicate quotation', () => {
  it('is not read when the quotation starts with a noun or adverb', () => {
    expect(who('Second paragraph “here it is” now.')).toBeNull();
    expect(who('In its review, the agency “evidence of planning was lacking.”')).toBeNull();
  });

  it('is read when the quotation starts with a past-tense verb', () => {
    expect(who('In its review, the department “ignored repeated warnings from prosecutors.”')).toBe(
      'the department',
    );
  });
});

describe('pronouns are not resolved to sentence-initial capitals that are not names', () => {
  it('"Later the report said …" names nobody', () => {
    const quotes = quotesOf(
      'Later the report said the decision was new.',
      '“We need to take children away,” he said.',
    );
    expect(quotes.at(-1)?.attributedTo).toBeNull();
  });

  it('a one-word name counts when the article also writes it mid-sentence', () => {
    const quotes = quotesOf(
      'The memo went to Rosenstein on Friday.',
      'Rosenstein read it twice.',
      '“Prosecute parents,” he wrote.',
    );
    expect(quotes.at(-1)?.attributedTo).toBe('Rosenstein');
  });
});

describe('sources and appositions', () => {
  it('"according to X" after the quotation yields to a speaker named before it', () => {
    expect(
      who(
        'Jeff Sessions told prosecutors on a call, “We need to take away children,” according to the inspector general.',
      ),
    ).toBe('Jeff Sessions');
  });

  it('skips an apposition between the subject and the verb', () => {
    expect(who('Gene Hamilton, a top Sessions adviser, disagreed: “It worked for the pilot program.”')).toBe(
      'Gene Hamilton',
    );
    expect(who('“It worked for the pilot program,” Gene Hamilton, a top Sessions adviser, said.')).toBe(
      'Gene Hamilton',
    );
  });

  it('reads a relative clause as a description only when the credit’s verb follows it', () => {
    // The clause's own verb ("disagreed") is never the credit: the name speaks through the verb
    // after the clause's closing comma, and without one there is no credit at all.
    expect(who('“It worked for the pilot program,” Hamilton, who disagreed, said.')).toBe('Hamilton');
    expect(who('“It worked for the pilot program,” Hamilton, who disagreed.')).toBeNull();
  });
});

describe('he and she are different people', () => {
  it('leaves "she" unresolved when the nearest name was already "he"', () => {
    const quotes = quotesOf(
      'Prosecutors wrote to Sessions in May.',
      'Sessions ignored them: “We need to take away children,” he said.',
      '“That is cruel,” she said.',
    );
    expect(quotes.map((q) => q.attributedTo)).toEqual(['Sessions', null]);
  });
});
