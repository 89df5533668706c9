// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BadgeDocument, drawBadge } from '@/components/badge/dom';
import { VERDICT_ICON, VERDICT_LABEL } from '@/components/card/verdict-text';
import type { EvidenceLevel } from '@/lib/corpus/types';
import { type AttributionCheck, VERDICTS, type Verdict } from '@/lib/types';
import { Badge } from './Badge';

afterEach(cleanup);

it.each(VERDICTS)(
  '%s: a button with an icon, a text label and an accessible name stating the verdict',
  (status) => {
    render(<Badge status={status} evidence="original" attribution="ok" onOpen={() => {}} />);
    const says = status === 'hidden' ? ', the page hides part of the quoted text' : '';
    const button = screen.getByRole('button', {
      name: `Verbatim: ${VERDICT_LABEL[status]}${says} — show why`,
    });
    expect(button.querySelector('.vb-label')?.textContent).toBe(VERDICT_LABEL[status]);
    expect(button.querySelector('.vb-icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(button.querySelector('.vb-icon')?.textContent).not.toBe('');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
  },
);

it('labels are the eight product words', () => {
  expect(VERDICTS.map((v) => VERDICT_LABEL[v])).toEqual([
    'Verified',
    'Edited',
    'Altered',
    'Partly found',
    'Other source',
    'Phrase only',
    'Not found',
    'Hidden text',
  ]);
});

it('shows a visible qualifier when the evidence is a single outlet', () => {
  render(<Badge status="verified" evidence="single-source" attribution="unknown" onOpen={() => {}} />);
  const button = screen.getByRole('button');
  expect(button.textContent).toContain('1 source');
  expect(button.getAttribute('aria-label')).toBe(
    'Verbatim: Verified, known from one news organisation only, not from the document itself — show why',
  );
  // The visible "· 1 source" explains itself on hover too.
  expect(button.querySelector('.vb-qual')?.getAttribute('title')).toMatch(/one news organisation only/);
});

it('shows no qualifier for corroborated evidence', () => {
  render(<Badge status="verified" evidence="corroborated" attribution="unknown" onOpen={() => {}} />);
  expect(screen.getByRole('button').textContent).not.toContain('source');
});

it.each(['verified', 'edited'] as const)(
  '%s words said by someone else than the article names: the badge reads "Wrong speaker", with its own icon',
  (status) => {
    render(<Badge status={status} evidence="original" attribution="mismatch" onOpen={() => {}} />);
    const button = screen.getByRole('button');
    expect(button.querySelector('.vb-label')?.textContent).toBe('Wrong speaker');
    expect(button.textContent).not.toContain(VERDICT_LABEL[status]);
    expect(button.querySelector('.vb-icon')?.textContent).not.toBe(VERDICT_ICON[status]);
    expect(button.getAttribute('data-status')).toBe(status);
    expect(button.getAttribute('data-shown')).toBe('wrong-speaker');
    expect(button.getAttribute('aria-label')).toBe('Verbatim: Wrong speaker — show why');
  },
);

it('changed words put in another mouth keep their verdict first and say the speaker differs', () => {
  render(<Badge status="altered" evidence="original" attribution="mismatch" onOpen={() => {}} />);
  const button = screen.getByRole('button');
  expect(button.querySelector('.vb-label')?.textContent).toBe('Altered');
  expect(button.textContent).toContain('other speaker');
  expect(button.getAttribute('aria-label')).toContain('the article names a different speaker');
});

it('opens on click (Enter and Space on a native button click it too)', () => {
  const onOpen = vi.fn();
  render(<Badge status="edited" evidence={null} attribution="unknown" onOpen={onOpen} />);
  const button = screen.getByRole('button');
  expect(button.tagName).toBe('BUTTON');
  fireEvent.click(button);
  expect(onOpen).toHaveBeenCalledTimes(1);
});

describe('drawBadge (the DOM version the content script uses)', () => {
  const named = { name: 'OIG 21-028', notIn: null };
  const cases: Array<[Verdict, EvidenceLevel | null, AttributionCheck, BadgeDocument | undefined]> = [
    ['verified', 'single-source', 'mismatch', undefined],
    ['edited', 'corroborated', 'ok', undefined],
    ['not-found', null, 'unknown', undefined],
    ['elsewhere', 'original', 'mismatch', undefined],
    ['verified', 'single-source', 'ok', named],
    ['not-found', null, 'ok', { name: null, notIn: 'Harbor ruling' }],
  ];
  it.each(cases)(
    '%s / %s / %s / %o: same markup as the Preact <Badge>',
    (status, evidence, attribution, doc) => {
      const { container } = render(
        <Badge
          status={status}
          evidence={evidence}
          attribution={attribution}
          document={doc}
          onOpen={() => {}}
        />,
      );
      const mount = document.createElement('span');
      const onOpen = vi.fn();
      const button = drawBadge(mount, { status, evidence, attribution, document: doc, onOpen });
      expect(mount.innerHTML).toBe(container.innerHTML);
      button.click();
      expect(onOpen).toHaveBeenCalledTimes(1);
    },
  );

  it('redrawing replaces the button instead of adding a second one', () => {
    const mount = document.createElement('span');
    drawBadge(mount, { status: 'verified', evidence: null, attribution: 'ok', onOpen: () => {} });
    drawBadge(mount, { status: 'altered', evidence: null, attribution: 'ok', onOpen: () => {} });
    expect(mount.querySelectorAll('button')).toHaveLength(1);
    expect(mount.textContent).toContain('Altered');
  });
});
