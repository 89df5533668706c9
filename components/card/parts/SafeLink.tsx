/** A corpus URL: a link only for http(s), opened without referrer; anything else stays plain text. */
export function SafeLink({ url }: { url: string }) {
  let ok = false;
  try {
    const u = new URL(url);
    ok = u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    ok = false;
  }
  if (!ok) return <span class="vb-url">{url}</span>;
  return (
    <a class="vb-url" href={url} target="_blank" rel="noreferrer noopener">
      {url}
    </a>
  );
}
