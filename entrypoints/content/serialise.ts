/**
 * The page's DOM as the scan host reads it: serialised by the browser, without what Readability never
 * reads — the contents it throws away first (scripts, style sheets, comments) and attributes it never
 * looks at (data-*, srcset, sizes, SVG geometry…; it reads class, id, style, role, href, aria-hidden and
 * a few more, all kept). On real news pages these are half the HTML or more, and the message's cost on
 * the page (it is serialised again to be sent) grows with its length.
 *
 * The text is the browser's own serialisation, where `<` and `>` in text are always escaped and `"` in
 * attribute values too, so a cut script/style/comment is a whole one, and a cut attribute is one inside
 * a tag: the lookahead `[^<>]*>` reaches the tag's end without meeting a `<`, which text before the next
 * tag never does. No element goes, so the scan host's element indices (lib/article/page.ts,
 * elementIndices) name the same elements in the live page, and no text changes.
 */
const THROWN_AWAY = /<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi;
const UNREAD_ATTRIBUTES =
  / (?:data-[\w-]+|srcset|sizes|alt|title|width|height|loading|tabindex|datetime|d|viewBox|fill|stroke|aria-label|aria-haspopup|target|decoding|xmlns)="[^"]*"(?=[^<>]*>)/g;

/**
 * Of the head, only what Readability reads there (the title and meta tags, which name the article's
 * title; a heading that repeats it is left out of the article): real pages keep their largest inline
 * scripts in the head, and serialising them only to cut them again is the slowest part here.
 */
function headOf(doc: Document): string {
  const kept = doc.head ? [...doc.head.querySelectorAll('title, meta')].map((el) => el.outerHTML) : [];
  return `<head>${kept.join('')}</head>`;
}

export function serialisePage(doc: Document): string {
  const body = doc.body?.outerHTML ?? '';
  return `<html>${headOf(doc)}${body}</html>`.replace(THROWN_AWAY, '').replace(UNREAD_ATTRIBUTES, '');
}
