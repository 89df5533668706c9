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
