import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../lib/extract';
import { articleText, blocksOf, onlyQuote, quotesOf, quoteTexts } from './helpers';

describe('extractQuotes: double marks', () => {
  it('finds a curly-quoted quotation with offsets that exclude the marks', () => {
    const blocks = blocksOf(
      'Intro paragraph.',
      'The DOJ “failed to prepare for the policy,” the report said.',
    );
    const [q] = extractQuotes(blocks);
    const text = articleText(blocks);
    expect(q?.quote).toBe('failed to prepare for the policy,');
    expect(text.slice(q!.start, q!.end)).toBe(q!.quote);
    expect(text.slice(q!.end, q!.after)).toBe('”');
    expect(q).toMatchObject({ fragment: false, form: 'marks', unclosed: false });
  });

  it('finds straight double quotes', () => {
    expect(quoteTexts('He said "we need to take away children" on the call.')).toEqual([
      'we need to take away children',
    ]);
  });

  it('finds several quotations in one paragraph', () => {
    expect(quoteTexts('“First one here,” he said. “Second one there.”')).toEqual([
      'First one here,',
      'Second one there.',
    ]);
  });

  it('trims blanks inside the marks', () => {
    const blocks = blocksOf('He said “ with spaces inside ” today.');
    const [q] = extractQuotes(blocks);
    expect(q?.quote).toBe('with spaces inside');
    expect(articleText(blocks).slice(q!.start, q!.end)).toBe('with spaces inside');
  });

  it('keeps single-quoted words inside a double-quoted quotation as part of it', () => {
    expect(
      quoteTexts('Sessions said, “I have put in place a ‘zero tolerance’ policy for illegal entry.”'),
    ).toEqual(['I have put in place a ‘zero tolerance’ policy for illegal entry.']);
    expect(quoteTexts(`He said, "I have put in place a 'zero tolerance' policy for illegal entry."`)).toEqual(
      ["I have put in place a 'zero tolerance' policy for illegal entry."],
    );
  });

  it('joins a quotation spanning paragraphs (opening mark on each, closing on the last)', () => {
    const blocks = blocksOf(
      '“The first paragraph of the statement.',
      '“The second paragraph continues.',
      '“And the third one ends it,” she said.',
      'Unrelated paragraph.',
    );
    const quotes = extractQuotes(blocks);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.quote).toBe(
      'The first paragraph of the statement. The second paragraph continues. And the third one ends it,',
    );
    const text = articleText(blocks);
    expect(text.slice(q.start, q.start + 9)).toBe('The first');
    expect(text.slice(q.end - 8, q.end)).toBe('ends it,');
    expect(text.slice(q.end, q.after)).toBe('”');
    expect(q.unclosed).toBe(false);
  });

  it('reads a closing mark used as an opening mark (” … ”)', () => {
    const q = onlyQuote(
      'According to the office, the agency ”found no evidence that leaders planned ahead.”',
    );
    expect(q.quote).toBe('found no evidence that leaders planned ahead.');
    expect(q.unclosed).toBe(false);
  });

  it('reads a reversed curly pair (” … “)', () => {
    expect(quoteTexts('The memo called it ”a failure of planning“ in May.')).toEqual([
      'a failure of planning',
    ]);
  });

  it('bounds an unclosed quotation to its paragraph when the next one does not open with a mark', () => {
    const blocks = blocksOf(
      'He said “we will never stop prosecuting parents at the border.',
      'The next paragraph has “its own quotation” inside.',
    );
    const quotes = extractQuotes(blocks);
    expect(quotes.map((q) => q.quote)).toEqual([
      'we will never stop prosecuting parents at the border.',
      'its own quotation',
    ]);
    expect(quotes[0]).toMatchObject({ unclosed: true });
    expect(quotes[0]!.after).toBe(quotes[0]!.end);
    expect(quotes[1]).toMatchObject({ unclosed: false });
  });

  it('reports an unclosed mark at the very end of the text', () => {
    const q = onlyQuote('First.', 'Last words: “never closed at all');
    expect(q).toMatchObject({ quote: 'never closed at all', unclosed: true });
  });

  it('ends an unclosed quotation where a new one opens', () => {
    const quotes = quotesOf('He said “this one never closes. Then she said “this one does,” firmly.');
    expect(quotes.map((q) => [q.quote, q.unclosed])).toEqual([
      ['this one never closes. Then she said', true],
      ['this one does,', false],
    ]);
  });

  it('ignores a stray closing mark and shapeless marks used as inch signs', () => {
    expect(quoteTexts('A stray” mark and a 12" pipe are not quotations.')).toEqual([]);
    expect(quoteTexts('Measure 12 " from the edge, then cut "the long board" there.')).toEqual([
      'the long board',
    ]);
  });

  it('flags one- and two-word quotations as fragments', () => {
    const quotes = quotesOf('The “driving force” behind the “policy” was a “very deliberate choice”.');
    expect(quotes.map((q) => [q.quote, q.fragment])).toEqual([
      ['driving force', true],
      ['policy', true],
      ['very deliberate choice', false],
    ]);
  });
});

describe('extractQuotes: apostrophes are not quotations', () => {
  it.each([
    'They don’t know and Sessions’ advisers did not say.',
    'Music from the ’90s, rock ’n’ roll, and the ’s of a name.',
    "Music from the '90s, rock 'n' roll, and the 's and don't.",
    'The parents’ lawyers and the children’s advocates met.',
    'It’s the Attorneys’ view, isn’t it.',
    'The ’Nam veterans and the soldiers’ families marched.',
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});

describe('extractQuotes: top-level single quotes', () => {
  it('finds British-style quotations', () => {
    const q = onlyQuote('‘We need to take away children,’ he said.');
    expect(q).toMatchObject({ quote: 'We need to take away children,', fragment: false });
  });

  it('finds straight single quotes in a headline', () => {
    const blocks = blocksOf({ text: "Sessions was the 'driving force' behind separations", kind: 'heading' });
    const [q] = extractQuotes(blocks);
    expect(q).toMatchObject({ quote: 'driving force', fragment: true });
    expect(articleText(blocks).slice(q!.end, q!.after)).toBe("'");
  });

  it('passes over a plural possessive to reach the closing mark', () => {
    expect(quoteTexts('‘It is the parents’ fault, not ours,’ the official said.')).toEqual([
      'It is the parents’ fault, not ours,',
    ]);
  });

  it('takes the outer single-quoted quotation when it holds double-quoted words', () => {
    expect(quoteTexts('‘He told me “no” and left,’ she said.')).toEqual(['He told me “no” and left,']);
  });

  it('does not open a quotation with an elision', () => {
    expect(quoteTexts('In the ‘90s, the officers’ union grew.')).toEqual([]);
    expect(quoteTexts("Back in the '90s, the officers' union grew.")).toEqual([]);
    expect(quoteTexts("Rock 'n' roll and the officers' union.")).toEqual([]);
  });
});

describe('extractQuotes: blockquotes', () => {
  it('takes a blockquote without marks as one quotation', () => {
    const blocks = blocksOf('Sessions wrote:', {
      text: 'We need to take away children.',
      kind: 'blockquote',
    });
    const [q] = extractQuotes(blocks);
    expect(q).toMatchObject({ quote: 'We need to take away children.', form: 'blockquote', unclosed: false });
    expect(q!.after).toBe(q!.end);
    expect(articleText(blocks).slice(q!.start, q!.end)).toBe(q!.quote);
  });

  it('keeps a scare quote inside a blockquote nested in it', () => {
    const quotes = quotesOf({ text: 'The policy is “zero tolerance” for every adult.', kind: 'blockquote' });
    expect(quotes.map((q) => [q.quote, q.form])).toEqual([
      ['The policy is “zero tolerance” for every adult.', 'blockquote'],
    ]);
  });

  it('takes marked quotations inside a blockquote as marked', () => {
    const quotes = quotesOf({
      text: '“We need to take away children,” Sessions said on the call.',
      kind: 'blockquote',
    });
    expect(quotes.map((q) => [q.quote, q.form])).toEqual([['We need to take away children,', 'marks']]);
  });

  it('reads a credit line as the speaker, not as a quotation', () => {
    const quotes = quotesOf(
      { text: 'We need to take away children.', kind: 'blockquote' },
      { text: '— Jeff Sessions', kind: 'blockquote' },
    );
    expect(quotes.map((q) => [q.quote, q.attributedTo])).toEqual([
      ['We need to take away children.', 'Jeff Sessions'],
    ]);
  });

  it('strips a trailing credit from the quotation', () => {
    const q = onlyQuote({
      text: 'This was a dark chapter in our history. — Jerrold Nadler',
      kind: 'blockquote',
    });
    expect(q).toMatchObject({
      quote: 'This was a dark chapter in our history.',
      attributedTo: 'Jerrold Nadler',
    });
  });
});
