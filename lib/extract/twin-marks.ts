/**
 * Two apostrophes typed for a double quotation mark (''like this'', wire and newspaper plain text),
 * rewritten as a straight double mark and a space: the same length, so every offset into the text
 * still holds. An opening pair becomes ` "` (the mark next to the quoted words), a closing one `" `.
 */
export function twinApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/(?<!')''(?!')/g, (_pair, offset: number) =>
    offset === 0 || /[\s([{\u2014\u2013-]/.test(text[offset - 1] as string) ? ' "' : '" ',
  );
}
