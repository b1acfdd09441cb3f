import {test} from 'node:test';
import assert from 'node:assert/strict';
import {auditVerdict} from './audit.mjs';

const report = (vulnerabilities) =>
  JSON.stringify({auditReportVersion: 2, vulnerabilities, metadata: {vulnerabilities: {high: 1, total: 2}}});

test('no high or critical advisory passes; moderate and low ones do not block', () => {
  assert.equal(auditVerdict(report({})).status, 'passed');
  assert.equal(auditVerdict(report({prismjs: {severity: 'moderate', range: '<1.30.0'}, a: {severity: 'low'}})).status, 'passed');
});

test('a high or critical advisory fails unless it is accepted with a reason', () => {
  const output = report({'path-to-regexp': {severity: 'high', range: '<0.1.12', fixAvailable: true}, b: {severity: 'critical'}});
  const verdict = auditVerdict(output, {});
  assert.equal(verdict.status, 'failed');
  assert.deepEqual(verdict.findings.map((finding) => [finding.name, finding.severity, finding.accepted]), [
    ['path-to-regexp', 'high', false],
    ['b', 'critical', false],
  ]);
  assert.equal(auditVerdict(output, {'path-to-regexp': 'dev server only', b: 'build time only'}).status, 'passed');
  assert.equal(auditVerdict(output, {b: 'build time only'}).status, 'failed');
});

test('an unreachable advisory service or no report is "skipped" with the reason, never "passed"', () => {
  const refused = auditVerdict(JSON.stringify({message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405}));
  assert.equal(refused.status, 'skipped');
  assert.match(refused.reason, /405 Method Not Allowed/);
  assert.equal(auditVerdict('').status, 'skipped');
  assert.equal(auditVerdict('npm error network ENOTFOUND').status, 'skipped');
  assert.equal(auditVerdict('null').status, 'skipped');
});
