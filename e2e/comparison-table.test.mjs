import {test} from 'node:test';
import assert from 'node:assert/strict';
import {openPage, useSharedBrowser} from './browser.mjs';

// ComparisonTable has no explicit ARIA table roles (the HTML checker rejects them as redundant). They
// were there so the phone card layout (display: block on every table part) keeps table semantics;
// this measures, in the browser's own accessibility tree (not Playwright's role guess from the tags),
// that Chromium keeps them without the roles.
const shared = useSharedBrowser();
const PAGE = '/case-studies/ad-click-prediction';

/** Counts of the roles the browser exposes inside the first ComparisonTable, with its CSS display. */
async function tableSemantics(page, context) {
  const cdp = await context.newCDPSession(page);
  const {result} = await cdp.send('Runtime.evaluate', {expression: 'document.querySelector("table[class*=table]")'});
  const {node} = await cdp.send('DOM.describeNode', {objectId: result.objectId});
  const {nodes} = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((item) => [item.nodeId, item]));
  const root = nodes.find((item) => item.backendDOMNodeId === node.backendNodeId);
  const roles = {};
  const walk = (item) => {
    if (!item.ignored) roles[item.role?.value] = (roles[item.role?.value] ?? 0) + 1;
    for (const id of item.childIds ?? []) if (byId.has(id)) walk(byId.get(id));
  };
  if (root) walk(root);
  const display = await page.locator('table[class*=table]').first().evaluate((table) => ({
    table: getComputedStyle(table).display,
    cell: getComputedStyle(table.querySelector('td')).display,
    explicitRoles: table.querySelectorAll('[role]').length + (table.hasAttribute('role') ? 1 : 0),
  }));
  return {roles, display};
}

for (const [name, viewport, tableDisplay] of [
  ['as cards on a 390 px phone', {width: 390, height: 800}, 'block'],
  ['as a table at 1280 px', {width: 1280, height: 900}, 'table'],
]) {
  test(`a comparison table keeps table, row, header and cell semantics ${name}, without ARIA roles`, async () => {
    const {page, context} = await openPage(shared.browser, PAGE, {viewport});
    const {roles, display} = await tableSemantics(page, context);
    assert.equal(display.explicitRoles, 0, 'no explicit role attributes');
    assert.equal(display.table, tableDisplay, 'the layout under test is in effect');
    assert.equal(roles.table, 1, JSON.stringify(roles));
    // The first ComparisonTable of the lesson: 5 columns (aspect + 4 options), 6 aspects.
    assert.deepEqual(
      {row: roles.row, columnheader: roles.columnheader, rowheader: roles.rowheader, cell: roles.cell},
      {row: 7, columnheader: 5, rowheader: 6, cell: 24},
    );
    await context.close();
  });
}
