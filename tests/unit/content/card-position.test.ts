import { describe, expect, it } from 'vitest';
import { EDGE, placeCard } from '@/entrypoints/content/card-position';

const badge = (top: number, left = 100) => ({ top, bottom: top + 18, left, right: left + 90 });
const overlaps = (a: { top: number; bottom: number }, p: { top: number; maxHeight: number }, h: number) =>
  p.top < a.bottom && p.top + Math.min(h, p.maxHeight) > a.top;

describe('placeCard', () => {
  const desk = { width: 1200, height: 800 };
  const phone = { width: 360, height: 640 };

  it('goes below its badge when there is room, above when there is not, never over it', () => {
    const high = placeCard(badge(100), 300, desk);
    expect(high.side).toBe('below');
    expect(high.top).toBeGreaterThan(badge(100).bottom);
    const low = placeCard(badge(700), 300, desk);
    expect(low.side).toBe('above');
    expect(low.top + 300).toBeLessThan(700);
    for (const top of [20, 200, 390, 600, 760]) {
      const p = placeCard(badge(top), 520, desk);
      expect(overlaps(badge(top), p, 520), `badge at ${top}`).toBe(false);
      expect(p.top).toBeGreaterThanOrEqual(EDGE);
      expect(p.top + Math.min(520, p.maxHeight)).toBeLessThanOrEqual(desk.height - EDGE);
    }
  });

  it('fits a 360 px viewport: the full width less its edges, never past the right edge', () => {
    const p = placeCard(badge(200, 300), 400, phone);
    expect(p.width).toBe(360 - 2 * EDGE);
    expect(p.left).toBe(EDGE);
    expect(p.left + p.width).toBeLessThanOrEqual(360 - EDGE);
    expect(overlaps(badge(200, 300), p, 400)).toBe(false);
  });

  it('a tall card beside a badge mid-screen scrolls inside the roomier side instead of covering the badge', () => {
    const p = placeCard(badge(300), 2000, phone);
    expect(overlaps(badge(300), p, 2000)).toBe(false);
    expect(p.maxHeight).toBeLessThan(2000);
  });

  it('keeps the side it chose while it still fits there (no flipping as the page scrolls)', () => {
    const first = placeCard(badge(500), 300, desk);
    expect(first.side).toBe('above');
    expect(placeCard(badge(420), 300, desk, first.side).side).toBe('above');
    expect(placeCard(badge(420), 300, desk).side).toBe('below');
  });
});
