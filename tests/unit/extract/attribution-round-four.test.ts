/**
 * Attribution constructions of issue #12's fourth round, with sentences written for this test. Every
 * expectation here failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../../lib/types';
import { quotesOf } from './helpers';

const speakers = (...paragraphs: Array<string | ArticleBlock>) =>
  quotesOf(...paragraphs).map((q) => q.attributedTo);

describe('"he" and "she" mean the person a role names, not the name the role is of', () => {
  it('"X campaign manager Y" opening a sentence is Y', () => {
    expect(
      speakers(
        'In a note sent to donors on Monday, Becker campaign manager Tom Reyes conceded the county.',
        '“We always knew the river towns would be hard,” he wrote.',
      ),
    ).toEqual(['Tom Reyes']);
  });

  it('a place and a role before a name', () => {
    expect(
      speakers('Lake County chapter president Ann Moreno stood up first.', '“Nobody asked us,” she said.'),
    ).toEqual(['Ann Moreno']);
  });
});

describe('a credit after the quotation whose description runs long', () => {
  it('age, town, state and a relative clause between the name and "said"', () => {
    expect(
      speakers(
        '“The ferry is late again,” Tom Reyes, 41, of Dayton, Ohio, who had answered the harbor survey, said later.',
      ),
    ).toEqual(['Tom Reyes']);
  });

  it('a description that never closes its comma before the verb', () => {
    expect(
      speakers(
        '“The ferry is late again,” Tom Reyes, the harbor pilot who runs a boat blog tweeted on Monday.',
      ),
    ).toEqual(['Tom Reyes']);
  });

  it('a relative clause that never closes its comma before the verb', () => {
    expect(
      speakers('“The ferry is late again,” Tom Reyes, who chairs the Harbor Users Club said in a statement.'),
    ).toEqual(['Tom Reyes']);
  });

  it('but not when no person is named before the description', () => {
    expect(speakers('“The ferry is late again,” the pilots, the ones who run a boat blog said.')).toEqual([
      null,
    ]);
  });
});

describe('a name, a comma and a verb after a quoted word are no credit without a description', () => {
  it('"“…” Lee, and said" is not Lee’s', () => {
    expect(
      speakers('His aide denied that Reyes had ever “mocked” Lee, and said he admires her.').includes('Lee'),
    ).toBe(false);
  });
});

describe('a lead-in with a pronoun and a colon closing the paragraph before the quotation', () => {
  it('"he said:" is resolved to the person the paragraph is about', () => {
    expect(
      speakers(
        'Tom Reyes chaired the harbor board for a decade. At its last meeting, he said:',
        '“We built the pier on borrowed money and borrowed time.”',
      ),
    ).toEqual(['Tom Reyes']);
  });

  it('"She went on to add:" after a paragraph naming her', () => {
    expect(
      speakers(
        'Ann Moreno blamed the county for the closures. She went on to add:',
        '“Nobody in Lakewick was asked about any of this.”',
      ),
    ).toEqual(['Ann Moreno']);
  });
});

describe('a partial quotation opening a sentence, credited after a comma at its end', () => {
  it('the credit names "Mr." someone', () => {
    expect(
      speakers(
        'The harbor board met on Monday.',
        '“I admire the engineering” of the new pier, Mr. Reyes said.',
      ),
    ).toEqual(['Mr. Reyes']);
  });

  it('a quotation of its own follows the credit', () => {
    expect(
      speakers('“This will be a test” for the mayor, said Tom Reyes. “She has never run a port.”'),
    ).toEqual(['Tom Reyes', 'Tom Reyes']);
  });
});

describe('a clause after a partial quotation whose noun looks like a verb of saying', () => {
  it('"Lee struck familiar notes" gives no speaker phrase with its verb in it', () => {
    const [speaker] = speakers(
      'In a speech that spoke to the “worry and the anger” of dockworkers, Mrs. Lee struck familiar notes, praising Mr. Reyes.',
    );
    expect(speaker ?? '').not.toMatch(/struck/);
  });
});

describe('a credit line in the paragraph after a quoted paragraph', () => {
  it('"- Name." under the quotation', () => {
    expect(
      speakers('“The pier is older than the town.”', '- Tom Reyes.', 'The pier was built in 1911.'),
    ).toEqual(['Tom Reyes']);
  });

  it('"-Name, description." under the quotation', () => {
    expect(speakers('Quotes of the week.', '“Nobody asked the river.”', '-Ann Moreno, Lakewick.')).toEqual([
      'Ann Moreno',
    ]);
  });

  it('not a dash opening a sentence of its own', () => {
    expect(speakers('“Nobody asked the river.”', '— Then the rain came and the town flooded.')).toEqual([
      null,
    ]);
  });
});

describe('more verbs that report words after the quotation', () => {
  it('"opined", "beamed", "riffed", "screamed back", "elaborated"', () => {
    expect(
      speakers(
        '“The pier is sinking,” opined the Lakewick Ledger.',
        '“We did it!” beamed Tom Reyes of Dayton.',
        '“Bring a boat,” the mayor riffed on the radio.',
        '“Never!” the dockworkers screamed back.',
        '“From where I stand,” Ann Moreno elaborated, “nobody asked the river.”',
      ),
    ).toEqual(['Lakewick Ledger', 'Tom Reyes', 'the mayor', 'the dockworkers', 'Ann Moreno', 'Ann Moreno']);
  });
});

describe('a full stop typed for the comma before a credit', () => {
  it('"“….” Reyes said." is Reyes', () => {
    expect(speakers('“The pier is older than the town.” Tom Reyes said. The board met later.')).toEqual([
      'Tom Reyes',
    ]);
  });

  it('but a sentence about the person after the quotation is no credit', () => {
    expect(speakers('“The pier is older than the town.” Tom Reyes said nothing more.')).toEqual([null]);
  });
});

describe('a verb of saying before its subject in mid-sentence', () => {
  it('", explained Reyes, “…”"', () => {
    expect(
      speakers(
        'Because of how the timetable was drawn up, explained Reyes, “nobody can make the early boat.”',
      ),
    ).toEqual(['Reyes']);
  });

  it('not after a subject of its own', () => {
    expect(
      speakers(
        'Harbor pilot Tom Reyes, a board member, calls Moreno “a builder of piers”: “She never stops.”',
      ),
    ).not.toContain('Moreno');
  });

  it('not a verb whose object follows it', () => {
    expect(speakers('When the board met, told Reyes, the mayor was “furious.”')).not.toContain('Reyes');
  });
});
