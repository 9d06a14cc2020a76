import { CLIENT_SHIM } from '../runtime/client-shim';

/**
 * The browser half's other end: each `google.script.run` call goes to `/api/run`, and the page
 * around the iframe hears of it (to refresh the grid) and of `google.script.host.close()`.
 */
const TRANSPORT = `(() => {
  const tell = (type) => parent.postMessage({ type }, location.origin);
  window.__offseasonTransport = (name, args) =>
    fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, args }),
    }).then((response) => {
      if (!response.ok) throw new Error('The playground did not answer (' + response.status + ').');
      return response.text();
    }).finally(() => tell('offseason:ran'));
  window.__offseasonClose = () => tell('offseason:close');
})();`;

/** The HTML a dialog or sidebar showed, with the bridge running before any of its own scripts. */
export function viewPage(html: string): string {
  const script = `<script>\n${TRANSPORT}\n${CLIENT_SHIM}\n</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return `${script}\n${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n${script}${html.slice(at)}`;
}
