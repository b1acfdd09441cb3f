import {extractSections} from './extract';

const PAGE = `<html><body><nav>Sidebar text</nav><article><div class="theme-doc-markdown markdown">
<header><h1>Title</h1></header><section aria-label="About this lesson"><dl><dt>Difficulty<dd>Beginner</dl></section>
<p>Intro words.</p>
<h2 id="data-sources">Data sources<a class="hash-link" href="#data-sources">​</a><button class="copy-section-link">Copy</button></h2>
<ul><li>Data sources</li><li>event logs</li></ul>
<div aria-hidden="true"><span class="label">Drawn</span></div>
<table><caption>When it runs<thead><tr><th>Aspect<th>Batch</table>
<p><span class="a">Total:</span><span class="b">45 minutes</span> and <strong>bold</strong>text</p>
<math display="block"><semantics><mfrac><mi>TP</mi><mi>N</mi></mfrac><annotation encoding="application/x-tex">\\frac{TP}{N}</annotation></semantics></math>
<h3 id="sub">Sub &amp; more</h3><p>Tail.</p>
</div></article><footer>Footer</footer></body></html>`;

test('reads the lesson text by heading, leaving out the header, buttons, drawings, formulas and the page frame', () => {
  expect(extractSections(PAGE)).toEqual([
    {heading: '', anchor: '', text: 'Intro words.'},
    {heading: 'Data sources', anchor: 'data-sources', text: 'Data sources event logs When it runs Aspect Batch Total: 45 minutes and boldtext'},
    {heading: 'Sub & more', anchor: 'sub', text: 'Tail.'},
  ]);
});
