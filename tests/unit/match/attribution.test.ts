import { describe, expect, it } from 'vitest';
import { checkAttribution } from '@/lib/match/attribution';
import { match } from './helpers';

describe('checkAttribution', () => {
  it('ok when a name is shared', () => {
    expect(checkAttribution('Sessions', "Jeff Sessions (as recorded in U.S. Attorneys' notes)")).toBe('ok');
    expect(
      checkAttribution('Rosenstein', 'John Bash (U.S. Attorney, W.D. Tex.), relaying DAG Rod Rosenstein'),
    ).toBe('ok');
    expect(checkAttribution('Deputy Attorney General Rod J. Rosenstein', 'Rod Rosenstein')).toBe('ok');
  });

  it('ok when a specific role is shared', () => {
    expect(
      checkAttribution(
        'one prosecutor',
        'a DOJ prosecutor/official in Texas (Western District of Texas, El Paso pilot)',
      ),
    ).toBe('ok');
    expect(checkAttribution('U.S. attorneys', 'U.S. Attorneys (as reported by the OIG)')).toBe('ok');
  });

  it('ok when the article credits the report and the speaker is the OIG', () => {
    expect(checkAttribution('the report', 'DOJ OIG')).toBe('ok');
    expect(checkAttribution('the inspector general', 'DOJ OIG')).toBe('ok');
  });

  it('mismatch only when both sides name different people', () => {
    expect(checkAttribution('Gene Hamilton', 'Matthew Whitaker')).toBe('mismatch');
    expect(checkAttribution('Lee Gelernt', 'Rod Rosenstein')).toBe('mismatch');
  });

  it('unknown for pronouns, generic descriptions, a missing side, and names that are only the subject', () => {
    expect(checkAttribution('he', 'Matthew Whitaker')).toBe('unknown');
    expect(checkAttribution(null, 'Matthew Whitaker')).toBe('unknown');
    expect(checkAttribution('Sessions', null)).toBe('unknown');
    expect(checkAttribution('the statement', 'Reps. Maloney, Nadler, Raskin and Lofgren')).toBe('unknown');
    expect(
      checkAttribution(
        'Congressional Oversight and Judiciary Committee Chairs',
        'Reps. Maloney, Nadler, Raskin and Lofgren',
      ),
    ).toBe('unknown');
    // The staffer spoke; Sessions is who they described.
    expect(checkAttribution('Sessions', 'a DOJ staffer (unnamed), describing Sessions in 2017')).toBe(
      'unknown',
    );
  });
});

describe('matchQuote attribution', () => {
  const whitaker =
    'If Secretary Nielsen and DHS did not want to refer people with minors, with children, then we wouldn’t have prosecuted them';

  it('echoes the attribution and checks it against the matched passage', () => {
    expect(match(whitaker, 'Whitaker')).toMatchObject({
      status: 'verified',
      attributedTo: 'Whitaker',
      attribution: 'ok',
    });
    expect(match(whitaker, 'Gene Hamilton')).toMatchObject({ status: 'verified', attribution: 'mismatch' });
    expect(match(whitaker, null)).toMatchObject({ attributedTo: null, attribution: 'unknown' });
  });

  it('is unknown when nothing was found', () => {
    expect(match('words that are in no source of this corpus at all', 'Jeff Sessions').attribution).toBe(
      'unknown',
    );
  });
});

describe('checkAttribution: descriptions never mismatch', () => {
  it('a fitting description with a capitalised word is not a different person', () => {
    expect(checkAttribution('Ohio senator', 'Matthew Whitaker')).toBe('unknown');
    expect(checkAttribution('the former Texas prosecutor', 'Rod Rosenstein')).toBe('unknown');
    expect(checkAttribution('a Justice Department spokeswoman', 'Rod Rosenstein')).toBe('unknown');
  });

  it('a named person other than the speaker still is', () => {
    expect(checkAttribution('Sen. Ann Lee', 'Matthew Whitaker')).toBe('mismatch');
    expect(checkAttribution('Ann Lee, the Ohio senator', 'Matthew Whitaker')).toBe('mismatch');
  });
});
