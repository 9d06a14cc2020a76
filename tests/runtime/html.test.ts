import { describe, expect, it } from 'vitest';
import { createRuntime, msg } from '../support/runtime';

const CODE = `
function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
function sidebar(name, lifts) {
  var t = HtmlService.createTemplateFromFile('Sidebar');
  t.athlete = name;
  t.lifts = lifts;
  var out = t.evaluate().setTitle('Offseason');
  SpreadsheetApp.getUi().showSidebar(out);
  return out.getContent();
}
function inline() {
  var t = HtmlService.createTemplate('<? var n = 2; ?><i><?= n * 21 ?></i><?= missing ?>|<?!= "<b>" ?>');
  t.missing = null;
  return t.evaluate().getContent();
}
function missingFile() { return HtmlService.createHtmlOutputFromFile('Nope'); }
function output() {
  var o = HtmlService.createHtmlOutput('<p>').append('x').appendUntrusted('<y>').setWidth(320).setHeight(200);
  return [o.getContent(), o.getWidth(), o.getHeight(), String(HtmlService.SandboxMode.IFRAME)];
}
`;

const SIDEBAR = `<h1>Hi <?= athlete ?></h1>
<?!= include('Styles') ?>
<ul><? for (var i = 0; i < lifts.length; i++) { ?><li><?= lifts[i] ?></li><? } ?></ul>`;

describe('HtmlService templates', () => {
  it('escape <?= ?>, print <?!= ?> raw, run <? ?> code, and see properties and script functions', () => {
    const rt = createRuntime({
      code: CODE,
      htmlFiles: { Sidebar: SIDEBAR, Styles: '<style>b{}</style>' },
    });
    const html = rt.call('sidebar', '<script>alert("x")</script> & Co', ['Squat', "Farmer's walk"]);
    expect(html).toBe(
      `<h1>Hi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co</h1>
<style>b{}</style>
<ul><li>Squat</li><li>Farmer&#39;s walk</li></ul>`,
    );
    expect(rt.ui.lastDialog('sidebar')).toEqual({
      kind: 'sidebar',
      title: 'Offseason',
      html,
      width: 300,
      height: null,
    });
  });

  it('compiles inline templates; null prints as nothing', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('inline')).toBe('<i>42</i>|<b>');
  });

  it('reports a missing file as Apps Script does', () => {
    const rt = createRuntime({ code: CODE });
    expect(() => rt.call('missingFile')).toThrow(msg.htmlFileNotFound('Nope'));
  });

  it('builds HtmlOutput content and size', () => {
    const rt = createRuntime({ code: CODE });
    expect(rt.call('output')).toEqual(['<p>x&lt;y&gt;', 320, 200, 'IFRAME']);
  });
});

describe('google.script.run semantics', () => {
  const SERVER = `
    function saveEntry(entry) { return { saved: entry.reps * 2, at: entry.when }; }
    function when() { return { d: new Date() }; }
    function hidden_() { return 'private'; }`;

  it('copies arguments and results, hides private functions, refuses Dates', () => {
    const rt = createRuntime({ code: SERVER });
    const entry = { reps: 5, when: 'Mon' };
    expect(rt.runFromClient('saveEntry', entry)).toEqual({ saved: 10, at: 'Mon' });
    expect(() => rt.runFromClient('hidden_')).toThrow(msg.functionNotFound('hidden_'));
    expect(() => rt.runFromClient('saveEntry', { when: new Date() })).toThrow(
      msg.illegalValue('[0].when'),
    );
    expect(rt.runFromClient('when')).toBeNull();
  });
});
