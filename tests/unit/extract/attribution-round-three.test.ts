/**
 * Attribution constructions of issue #12's third round, with sentences written for this test. Every
 * expectation here failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { notASpeaker } from '../../../lib/extract/attribution';
import type { ArticleBlock } from '../../../lib/types';
import { quotesOf } from './helpers';

const speakers = (...paragraphs: Array<string | ArticleBlock>) =>
  quotesOf(...paragraphs).map((q) => q.attributedTo);

describe('the subject of a sentence holding a quoted phrase, whatever its verb', () => {
  it('a described subject', () => {
    expect(speakers('A lot of drivers disliked the “toll for nothing” plan.')).toEqual(['A lot of drivers']);
  });

  it('a name after its title', () => {
    expect(
      speakers('Presidential candidate Ann Lee routinely favours a “new deal for the heartland” at rallies.'),
    ).toEqual(['Presidential candidate Ann Lee']);
  });

  it('a pronoun, resolved', () => {
    expect(
      speakers('Tom Becker took the stage in Toledo on Monday.', 'He wants to “clean up the mess” downtown.'),
    ).toEqual(['Tom Becker']);
  });

  it('still not a bare word that is not known as a name', () => {
    expect(speakers('Parents waited for “3 to 7 days” before the hearing.')).toEqual([null]);
  });
});

describe('a nested quotation closing with the outer one', () => {
  it("three apostrophes are the inner closing mark and the outer one (''…'''", () => {
    const quotes = quotesOf(
      "''We were told all along, 'the deal is off,''' Ann Lee said. ''It was never true.''",
    );
    expect(quotes.map((q) => [q.quote, q.attributedTo])).toEqual([
      ["We were told all along, 'the deal is off,'", 'Ann Lee'],
      ['It was never true.', 'Ann Lee'],
    ]);
  });

  it('a single mark typed after the double one is no word of the credit', () => {
    expect(
      speakers('"We were told all along, \'the deal is off,"\' Ann Lee said. "It was never true."'),
    ).toEqual(['Ann Lee', 'Ann Lee']);
  });
});

describe('"As X put it," opening the sentence', () => {
  it('credits the sentence to the subject of its verb of saying', () => {
    expect(speakers('As Ann Lee put it, “The county is broke.”')).toEqual(['Ann Lee']);
    expect(speakers('As Professor Lee put it: “The county is broke.”')).toEqual(['Professor Lee']);
    expect(speakers('As Ann Lee pointed out in March, “The county is broke.”')).toEqual(['Ann Lee']);
    expect(speakers('As Lee had written years earlier, “The county is broke.”')).toEqual(['Lee']);
  });

  it('not a clause of time', () => {
    expect(speakers('As the storm passed, the mood was “grim.”')).toEqual([null]);
  });
});

describe('where the subject ends', () => {
  it('a colon lead-in after a conjunction: the subject, not its verb', () => {
    expect(speakers('And Mr. Becker crowed: “Nobody believed me.”')).toEqual(['Mr. Becker']);
  });

  it('before a phrasal verb of saying', () => {
    expect(speakers('The flyer goes on to say: “Lee wants to raise taxes.”')).toEqual(['The flyer']);
  });

  it('a person of a town and state, not the state', () => {
    expect(
      speakers('Ann Lee of Dayton, Ohio says the mill will reopen “once the rail line is fixed.”'),
    ).toEqual(['Ann Lee']);
  });

  it('an opening phrase with a town, its state and a time', () => {
    expect(
      speakers(
        'At a fair in Toledo, Ohio, on Friday, Senator Ann Lee praised the growers, saying they had “kept the county alive.”',
      ),
    ).toEqual(['Senator Ann Lee']);
  });
});

describe('a pronoun with an adverb before its verb', () => {
  it('"she often says" is "she", resolved', () => {
    expect(
      speakers('Ann Lee ran the county for a decade.', '“It is clear,” she often says. “It is over.”'),
    ).toEqual(['Ann Lee', 'Ann Lee']);
  });
});

describe('fragments that are never a speaker', () => {
  it.each(['the', 'a', 'he’d', 'what’s', 'all she', 'he lost his keys', 'a few days', 'the past', 'giving'])(
    '%s',
    (phrase) => {
      expect(notASpeaker(phrase)).toBe(true);
    },
  );

  it.each(['Another', 'Several', 'one voter', 'Ann Lee', 'the past president'])('%s is one', (phrase) => {
    expect(notASpeaker(phrase)).toBe(false);
  });
});

describe('a present-tense verb after a singular noun ends the subject', () => {
  it('"The union wants to …"', () => {
    expect(speakers('The union wants to pass “common sense laws” this year.')).toEqual(['The union']);
  });
});

describe('the noun phrase a sentence opens with, when nothing else credits a quoted phrase', () => {
  it('up to its first verb, a plural noun being no verb', () => {
    expect(speakers('Top county officials took aim at the “paper budget” in the bill.')).toEqual([
      'Top county officials',
    ]);
  });
});

describe('words naming a thing between a determiner and its noun', () => {
  it('are not credited to a subject that does not speak', () => {
    expect(speakers('The plan’s collapse renewed scrutiny of the “clean streets” policy.')).toEqual([null]);
  });
});

describe('a quotation that is a sentence of its own in mid-paragraph', () => {
  it('belongs to the person the sentence before it opens with', () => {
    expect(
      speakers('Tom Becker remembered his first winter on the farm. “We had nothing but snow and debt.”'),
    ).toEqual(['Tom Becker']);
  });

  it('but its own credit wins', () => {
    expect(speakers('Tom Becker remembered the winter. “We had nothing,” Lee said.')).toEqual(['Lee']);
  });
});

describe('a possessive name', () => {
  it('is not the speaker on its own: the noun phrase it opens is', () => {
    expect(speakers("Lee's finance director, Tom Becker, said in an email: “The money is there.”")).toEqual([
      "Lee's finance director",
    ]);
    expect(speakers('Ann Lee’s top aide fired up volunteers, saying: “Knock on every door.”')).toEqual([
      'Ann Lee’s top aide',
    ]);
  });

  it("someone's claim, slogan or answer is theirs, whatever the verb", () => {
    expect(speakers('Ann Lee’s new slogan is “Roads first.”')).toEqual(['Ann Lee']);
    expect(speakers('Yet Lee’s boldest claim is that the audit was “rigged from the start.”')).toEqual([
      'Lee',
    ]);
  });
});

describe("a digest's item", () => {
  it('"HEADLINE - Name: “…”" is the name after the dash', () => {
    expect(
      speakers('CORN HARVEST BREAKS A RECORD - Ann Lee: “Yields are up in every county.” [Farm Journal]'),
    ).toEqual(['Ann Lee']);
  });
});

describe('descriptions before a name', () => {
  it('a title word of any trade joins the name', () => {
    expect(speakers('Polish historian Ivan Petrov wrote about the “Long Winter.”')).toEqual([
      'Polish historian Ivan Petrov',
    ]);
    expect(speakers('Choir member Ann Lee posted the news, writing “So proud of this town”')).toEqual([
      'Choir member Ann Lee',
    ]);
  });
});

describe('titles of screen works are no quotations', () => {
  it('after a word for the work or a role in it', () => {
    expect(quotesOf('Lee appeared in the documentary “River Town” last year.')).toEqual([]);
    expect(quotesOf('She starred in “The Long Night” and “Blue Harbor,” then quit.')).toEqual([]);
  });

  it('before what it is the title of', () => {
    expect(quotesOf('The “Blue Harbor” star said she would vote.')).toEqual([]);
  });

  it('but a phrase in title case a person says is still one', () => {
    expect(speakers('Lee called the plan “A Total Disaster” on Friday.')).toEqual(['Lee']);
  });
});

describe('"As X, a description, put it,"', () => {
  it('is the name before its description, after a conjunction too', () => {
    expect(speakers('As Ann Lee, a nurse at the county clinic, put it, “Nobody listens to us.”')).toEqual([
      'Ann Lee',
    ]);
    expect(speakers('Or, as Tom Becker, a former mayor, put it: “The roads come first.”')).toEqual([
      'Tom Becker',
    ]);
  });
});

describe('a word or two quoted as a sentence of its own', () => {
  it('after an attributed quotation in the paragraph, is the same speaker’s', () => {
    expect(speakers('“We are ready for the vote,” Lee said. “Very ready.”')).toEqual(['Lee', 'Lee']);
    expect(speakers('“This is silly,” Ann Lee wrote on her blog. “Banned?”')).toEqual(['Ann Lee', 'Ann Lee']);
  });
});

describe('an aside of time or place between the name and the verb', () => {
  it('"Becker, after a moment, said"', () => {
    expect(speakers('“He had plenty of friends here,” Becker, after a moment, said of Lee.')).toEqual([
      'Becker',
    ]);
  });
});

describe('pronouns', () => {
  it('"Mr." fixes a man whatever another bearer of the surname taught the article; a description before a name opens a sentence with that person', () => {
    expect(
      speakers(
        'Ann Lee spoke first. “We will win,” she said.',
        'The columnist Jane Roe wrote that Mr. Lee had run the county badly. “He left us broke,” she wrote.',
      ),
    ).toEqual(['Ann Lee', 'Jane Roe']);
  });
});

describe('passives', () => {
  it('"was described by X as “…”"', () => {
    expect(speakers('The plan was described by Ann Lee as “a total mess.”')).toEqual(['Ann Lee']);
    expect(speakers('The deal was hailed by the mayor as “a win for everyone.”')).toEqual(['the mayor']);
  });

  it('"called “…” by X"', () => {
    expect(speakers('The plan was called “a total mess” by Ann Lee.')).toEqual(['Ann Lee']);
    expect(speakers('The audit, often branded a “fishing trip” by farmers, went on.')).toEqual(['farmers']);
  });
});

describe('a headline opening with a surname and a colon', () => {
  it('credits its quotation to that person, however short the words between', () => {
    expect(
      speakers(
        'Becker: Lee’s ‘Reckless Spending’ Hurts the County.',
        'Senator Tom Becker said on Monday that the mayor had gone too far.',
      ),
    ).toEqual(['Becker']);
  });
});

describe('names with initials and abbreviated titles', () => {
  it('a dash credit with a middle initial', () => {
    expect(speakers('“We had no say at all.” ― Maria T. Gomez Ruiz.')).toEqual(['Maria T. Gomez Ruiz']);
  });

  it('"Del." is a title, not the end of a sentence', () => {
    expect(speakers('“The plan wastes money,” said Del. Ann Lee of the county board.')).toEqual([
      'Del. Ann Lee',
    ]);
  });
});

describe('a surname the article never gives in full', () => {
  it('opens a sentence as a person when a past verb follows it, for a later "he"', () => {
    expect(
      speakers(
        '“We will win,” Tom Becker said.',
        'Moreno freely conceded that his choice was tactical. “With an eye to the vote, we chose well,” he said.',
      ),
    ).toEqual(['Tom Becker', 'Moreno']);
  });

  it('but a plural of people is nobody’s name', () => {
    expect(
      speakers(
        '“We will win,” Tom Becker said.',
        'Officials conceded that the choice was tactical. “With an eye to the vote, we chose well,” he said.',
      ),
    ).toEqual(['Tom Becker', 'Tom Becker']);
  });
});

describe('opening phrases before a sentence subject', () => {
  it('"Like …," and a relative clause after an opening phrase', () => {
    expect(
      speakers(
        '“We will win,” Tom Becker said.',
        'Like other mill owners who expect a rebound, Mr. Moreno told us he planned a bigger shed. “Without it we would fail,” he said.',
      ),
    ).toEqual(['Tom Becker', 'Mr. Moreno']);
    expect(
      speakers(
        '“We will win,” Tom Becker said.',
        'At the Lake Club, where it costs $500 to join, Mr. Moreno, the club’s president, said that rivals were badly run. “It was waiting to happen,” he said.',
      ),
    ).toEqual(['Tom Becker', 'Mr. Moreno']);
  });
});

describe('"Unlike …," opening the sentence of a quoted phrase', () => {
  it('is passed over for the subject', () => {
    expect(speakers('Unlike his rivals, Mr. Moreno welcomed the “new rules” for mills.')).toEqual([
      'Mr. Moreno',
    ]);
  });
});

describe('a subject with a place or an author after a preposition', () => {
  it('is the noun phrase, not the place or the author alone', () => {
    expect(
      speakers('The Farm Museum in Toledo issued a report charging the county with “gross neglect.”'),
    ).toEqual(['Farm Museum in Toledo']);
    expect(speakers('A recent survey by Acme Polls found that “most voters” were undecided.')).toEqual([
      'A recent survey by Acme Polls',
    ]);
  });
});

describe('a title with "of" before the name', () => {
  it('"former Ohio secretary of farms Ann Lee" is one subject', () => {
    expect(
      speakers(
        'Former Ohio secretary of farms Ann Lee, a Becker ally, stirred a row with her remark that “quitters never prosper.”',
      ),
    ).toEqual(['Former Ohio secretary of farms Ann Lee']);
  });

  it('"however" between a name and its verb', () => {
    expect(speakers('Becker however said the plan was “dead on arrival.”')).toEqual(['Becker']);
  });
});

describe('a short paragraph about "he" or "she" between two quotations', () => {
  it('goes on with the speaker before it', () => {
    expect(
      speakers(
        '“This is the county office,” Ann Roe said into the phone.',
        'She waits.',
        '“Well, thanks for your time.”',
      ),
    ).toEqual(['Ann Roe', 'Ann Roe']);
  });
});
