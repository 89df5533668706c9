/**
 * Attribution the way journalists write it: one block per construction of issue #12, each with
 * sentences written for this test. Every expectation here failed before the attribution rework.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../../lib/types';
import { quotesOf, quoteTexts } from './helpers';

const speakers = (...paragraphs: Array<string | ArticleBlock>) =>
  quotesOf(...paragraphs).map((q) => q.attributedTo);

describe('reporting verbs and cues beyond a fixed list', () => {
  it('verbs of stance and manner', () => {
    expect(speakers('“That is a fairy tale,” Ann Lee scoffed.')).toEqual(['Ann Lee']);
    expect(speakers('Ann Lee decried the budget as “a gift to the few.”')).toEqual(['Ann Lee']);
  });

  it('-ing forms report the clause subject’s words', () => {
    expect(speakers('Tom Becker voted against the bill, calling it “a tax on work.”')).toEqual([
      'Tom Becker',
    ]);
    expect(
      speakers('Ruth Okafor defended the plan on Monday, noting that the cuts were “small and temporary.”'),
    ).toEqual(['Ruth Okafor']);
  });

  it('phrasal verbs', () => {
    expect(speakers('“Nobody read the fine print,” Omar Diaz went on.')).toEqual(['Omar Diaz']);
    expect(speakers('Omar Diaz went on to say, “Nobody read the fine print.”')).toEqual(['Omar Diaz']);
  });

  it('a noun cue: where the words come from', () => {
    expect(speakers('A statement from Ann Lee: “We will appeal the ruling.”')).toEqual(['Ann Lee']);
    expect(speakers('Ruth Okafor, in an email to staff, put it this way: “We are not done.”')).toEqual([
      'Ruth Okafor',
    ]);
  });

  it('a lead-in ending with a colon', () => {
    expect(speakers('Priya Nair put it bluntly: “The numbers do not add up.”')).toEqual(['Priya Nair']);
    expect(speakers('Tom Becker leaned toward the microphone and sighed: “Not again.”')).toEqual([
      'Tom Becker',
    ]);
  });

  it('a dash credit after the quotation', () => {
    expect(speakers('“Every vote should be counted twice.” — Ruth Okafor')).toEqual(['Ruth Okafor']);
  });
});

describe('descriptions, party and state, titles', () => {
  it('a description without an article between the name and the verb', () => {
    expect(speakers('“The figures are final,” Jane Roe, the agency’s spokeswoman, said.')).toEqual([
      'Jane Roe',
    ]);
    expect(speakers('“The figures are final,” Jane Roe, spokeswoman for the agency, said.')).toEqual([
      'Jane Roe',
    ]);
    expect(speakers('“The figures are final,” Omar Diaz, 58, of Dayton, Ohio, said on Friday.')).toEqual([
      'Omar Diaz',
    ]);
  });

  it('party and state in parentheses', () => {
    expect(speakers('Gov. Ann Lee (R) said the state would “not pay a cent more.”')).toEqual([
      'Gov. Ann Lee',
    ]);
    expect(
      speakers('“We were not consulted,” Rep. Tom Becker (D-Ohio), the panel’s chairman, said.'),
    ).toEqual(['Rep. Tom Becker']);
  });

  it('titles before the name, a description before the verb', () => {
    expect(
      speakers(
        'Deputy Attorney General Ruth Okafor, in a letter to the panel, wrote that the review was “closed for good.”',
      ),
    ).toEqual(['Deputy Attorney General Ruth Okafor']);
  });

  it('an affiliation after the name is not part of it', () => {
    expect(speakers('“The clause is void,” said Ann Lee of the University of Dayton School of Law.')).toEqual(
      ['Ann Lee'],
    );
  });
});

describe('split quotations', () => {
  it('the part after the attribution has its speaker', () => {
    expect(speakers('“We need,” said Tom Becker, “to act before the winter.”')).toEqual([
      'Tom Becker',
      'Tom Becker',
    ]);
  });

  it('also when the first part is a word or two', () => {
    expect(speakers('“Frankly,” said Ann Lee, “the plan was never funded.”')).toEqual(['Ann Lee', 'Ann Lee']);
  });
});

describe('the speaker of the previous quotation carries on', () => {
  it('a paragraph that is wholly a quotation, after one attributed to that person', () => {
    expect(
      speakers(
        '“The budget is a fiction,” said Priya Nair, the council’s treasurer.',
        '“Nobody on this council has read it to the end.”',
      ),
    ).toEqual(['Priya Nair', 'Priya Nair']);
  });

  it('a lead-in closing the previous paragraph with a colon', () => {
    expect(speakers('At the hearing, Omar Diaz was blunt:', '“This bill will not pass this year.”')).toEqual([
      'Omar Diaz',
    ]);
  });

  it('a short quotation with its own attribution passes its speaker on', () => {
    expect(speakers('“Fine,” Ruth Okafor said. “We will do it your way, then.”')).toEqual([
      'Ruth Okafor',
      'Ruth Okafor',
    ]);
  });
});

describe('a partial quotation in mid-sentence, the speaker after a trailing comma', () => {
  it('"… “the end of the road” for the plan, said X."', () => {
    expect(speakers('The vote signals “the end of the road” for the plan, said Jane Roe.')).toEqual([
      'Jane Roe',
    ]);
    expect(speakers('The ruling leaves “very little room” for appeal, Tom Becker said.')).toEqual([
      'Tom Becker',
    ]);
  });
});

describe('pronouns', () => {
  it('past an opening adverbial to the sentence subject', () => {
    expect(
      speakers(
        'On Thursday, Ann Lee flew to the capital to meet the ministers.',
        '“It went well,” she said.',
      ),
    ).toEqual(['Ann Lee']);
    expect(
      speakers(
        'Meanwhile, Omar Diaz, who chairs the panel, asked for more time.',
        '“We are not ready,” he said.',
      ),
    ).toEqual(['Omar Diaz']);
  });

  it('agreeing in gender, passing over the nearer person of the other one', () => {
    expect(
      speakers('Ann Lee spoke after the vote. Tom Becker left early.', '“I expected more,” she said.'),
    ).toEqual(['Ann Lee']);
    expect(
      speakers('Mrs. Okafor met Mr. Diaz on Friday.', 'Mr. Diaz listened. “Nothing changes,” she said.'),
    ).toEqual(['Mrs. Okafor']);
  });

  it('to the salient speaker rather than the nearest name', () => {
    expect(
      speakers(
        '“We will win,” said Priya Nair. Tom Becker, her rival, spent the day in Dayton.',
        '“It is close,” she said.',
      ),
    ).toEqual(['Priya Nair', 'Priya Nair']);
  });

  it('never comes back as the speaker', () => {
    expect(speakers('The meeting ran late.', '“We are done here,” she said.')).toEqual([null]);
    expect(speakers('“We are done here,” they said.')).toEqual([null]);
  });
});

describe('attributedTo is a name, a description or null', () => {
  it('never a fragment of the sentence', () => {
    expect(speakers('The room went quiet. “We are done,” he laughed and said.')).toEqual([null]);
  });

  it('never a date', () => {
    expect(speakers('In February he said the plan was “finished.”')).toEqual([null]);
  });

  it('never the outlet when the outlet reports a person', () => {
    expect(speakers('Ann Lee said, according to the Courier, that the plan was “dead on arrival.”')).toEqual([
      'Ann Lee',
    ]);
    expect(speakers('“The plan is dead,” Ann Lee said, according to the Courier.')).toEqual(['Ann Lee']);
  });
});

describe('two apostrophes as a double quotation mark', () => {
  it('reads a quotation marked with two apostrophes, offsets into the text as written', () => {
    const text = "''We will not back down,'' said Ann Lee, the mayor.";
    const quotes = quotesOf(text);
    expect(quotes.map((q) => [q.quote, q.attributedTo])).toEqual([['We will not back down,', 'Ann Lee']]);
    const q = quotes[0];
    expect(text.slice(q?.start, q?.end)).toBe('We will not back down,');
  });
});

describe('titles of works and programmes, nicknames', () => {
  it('a programme’s title is not a quotation', () => {
    expect(
      quoteTexts('“We are ready,” Ann Lee said on ABC’s “Morning Hour With Tom Becker” on Sunday.'),
    ).toEqual(['We are ready,']);
    expect(quoteTexts('Ruth Okafor appeared on the show “Late Night Table” to defend it.')).toEqual([]);
  });

  it('a book’s title is reported but is nobody’s words', () => {
    expect(speakers('Omar Diaz wrote about it in his book “The Long Road Home.”')).toEqual([null]);
  });

  it('a nickname inside a name is not a quotation', () => {
    expect(quoteTexts('State Del. Marcia “Cia” Okafor shouted to the crowd.')).toEqual([]);
  });
});
