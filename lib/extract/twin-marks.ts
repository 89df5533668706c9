/**
 * Two apostrophes typed for a double quotation mark (''like this'', wire and newspaper plain text),
 * rewritten as a straight double mark and a space: the same length, so every offset into the text
 * still holds. An opening pair becomes ` "` (the mark next to the quoted words), a closing one `" `.
 * Three apostrophes are a single mark and a double one together, a nested quotation opening or closing
 * with the outer one: `'''` closing becomes `'" ` (inner mark first), opening ` "'`.
 */
export function twinApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/(?<!')'{2,3}(?!')/g, (marks: string, offset: number) => {
    const opening = offset === 0 || /[\s([{\u2014\u2013-]/.test(text[offset - 1] as string);
    if (marks.length === 3) return opening ? ` "'` : `'" `;
    return opening ? ' "' : '" ';
  });
}
