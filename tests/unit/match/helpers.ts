import { bundledCorpus } from '@/data/corpus';
import { buildIndex, matchQuote } from '@/lib/engine';

export const index = buildIndex(bundledCorpus);

export const passageText = (id: string): string => {
  const p = bundledCorpus.passages.find((x) => x.id === id);
  if (!p) throw new Error(`no passage ${id}`);
  return p.text;
};

export const match = (text: string, attributedTo: string | null = null) =>
  matchQuote(index, { text, attributedTo });
