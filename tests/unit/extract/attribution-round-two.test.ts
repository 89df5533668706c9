/**
 * Attribution constructions of issue #12's second round, with sentences written for this test. Every
 * expectation here failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../../lib/types';
import { quotesOf } from './helpers';

const speakers = (...paragraphs: Array<string | ArticleBlock>) =>
  quotesOf(...paragraphs).map((q) => q.attributedTo);

describe('a relative clause between the name and the verb', () => {
  it('is a description: the name before it speaks', () => {
    expect(speakers('“We will win the county,” Ann Lee, who chairs the panel, told reporters.')).toEqual([
      'Ann Lee',
    ]);
    expect(
      speakers('“Nobody asked us,” Tom Becker of Dayton, Ohio, who runs a bakery there, said on Friday.'),
    ).toEqual(['Tom Becker']);
  });

  it('never takes the object of "told" for the speaker', () => {
    expect(speakers('“Bring a coat,” the woman, whose name was not given, told reporters.')).not.toContain(
      'reporters',
    );
  });
});

describe('an opening phrase that ends with a town and its state', () => {
  it('the subject comes after the state, for the clause and for a later pronoun', () => {
    expect(
      speakers(
        'Speaking at a rally in Dayton, Ohio, Tom Becker went after Lee, calling her “a fraud.”',
        '“She has never run anything,” he said.',
      ),
    ).toEqual(['Tom Becker', 'Tom Becker']);
  });

  it('a name after an opening phrase about a person is still the subject', () => {
    expect(speakers('After meeting Lee, Becker, who chairs the panel, called it “a good start.”')).toEqual([
      'Becker',
    ]);
  });
});

describe('the present progressive of a live blog', () => {
  it('"X is telling voters that “…”", "X, marking …, is pledging to “…”"', () => {
    expect(speakers('Ann Lee is telling voters in Toledo that “the plan is dead.”')).toEqual(['Ann Lee']);
    expect(
      speakers('Tom Becker, marking his win in the county, is pledging to “fight for every vote.”'),
    ).toEqual(['Tom Becker']);
    expect(speakers('The senator is urging donors to “stay the course.”')).toEqual(['The senator']);
  });
});

describe('someone speaking for a person', () => {
  it('"a spokeswoman for X said" is the spokeswoman, never X', () => {
    expect(speakers('A spokeswoman for Ann Lee said the ruling was “a disgrace.”')).toEqual([
      'A spokeswoman for Ann Lee',
    ]);
    expect(speakers('An aide to Tom Becker called the offer “an insult.”')).toEqual([
      'An aide to Tom Becker',
    ]);
  });
});

describe('a credit closing the sentence of a partial quotation', () => {
  it('is found when more clauses follow it', () => {
    expect(
      speakers(
        'The new rules are “a step backward” for renters, Ann Lee said on Tuesday in Toledo, noting that fees rose.',
      ),
    ).toEqual(['Ann Lee']);
  });

  it('an ampersand in the description after the name', () => {
    expect(speakers('“Rates will rise,” Tom Becker, an analyst at Becker & Sons, wrote.')).toEqual([
      'Tom Becker',
    ]);
  });
});

describe('a description whose closing comma is missing', () => {
  it('"Ann Lee, the party’s spokeswoman said: “…”" is Ann Lee', () => {
    expect(speakers('Ann Lee, the party’s spokeswoman said in a statement: “We are ready.”')).toEqual([
      'Ann Lee',
    ]);
  });
});
