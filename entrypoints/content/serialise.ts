/**
 * The page's DOM as the scan host reads it: serialised by the browser, without the contents Readability
 * throws away first (scripts, style sheets, comments). On real news pages inline scripts and state blobs
 * are a third or more of the HTML, and the message's cost on the page grows with its length.
 * The text is the browser's own serialisation, where `<` in text is always escaped, so the elements cut
 * here are whole script/style elements and comments; no block or <div> goes, and the scan host's element
 * indices (lib/article/page.ts, elementIndices) name the same elements in the live page.
 */
const THROWN_AWAY = /<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi;

export function serialisePage(doc: Document): string {
  return doc.documentElement.outerHTML.replace(THROWN_AWAY, '');
}
