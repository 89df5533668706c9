/** Splits passage text into runs the quotation matched and runs it did not, from the engine's ranges. */
export interface HighlightSegment {
  text: string;
  hit: boolean;
}

export function highlightSegments(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): HighlightSegment[] {
  const clean = ranges
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const out: HighlightSegment[] = [];
  let pos = 0;
  for (const [a, b] of clean) {
    const start = Math.max(a, pos);
    if (b <= start) continue;
    if (start > pos) out.push({ text: text.slice(pos, start), hit: false });
    out.push({ text: text.slice(start, b), hit: true });
    pos = b;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), hit: false });
  return out;
}
