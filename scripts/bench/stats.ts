/** Small helpers every bench section shares: medians, rounding, a seeded PRNG for deterministic data. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** mulberry32: a small seeded PRNG, so generated corpora, texts and records are the same on every run. */
export function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A word-bigram chain over some texts: `sentence(n)` gives n words that follow the texts' word-to-next-word
 * statistics, with one word in three drawn from the whole vocabulary instead.
 */
export function wordChain(texts: readonly string[], random: () => number) {
  const words: string[] = [];
  const next = new Map<string, string[]>();
  const lengths: number[] = [];
  for (const text of texts) {
    const ws = text.split(/\s+/).filter(Boolean);
    lengths.push(ws.length);
    ws.forEach((w, i) => {
      words.push(w);
      const follower = ws[i + 1];
      if (follower === undefined) return;
      const list = next.get(w);
      if (list) list.push(follower);
      else next.set(w, [follower]);
    });
  }
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
  return {
    pick,
    lengths,
    sentence(length: number): string {
      const out: string[] = [pick(words)];
      while (out.length < length) {
        const followers = next.get(out[out.length - 1] as string);
        out.push(followers && random() < 2 / 3 ? pick(followers) : pick(words));
      }
      return out.join(' ');
    },
  };
}
