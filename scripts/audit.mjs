// npm audit of what readers' browsers and the build depend on (npm audit --omit=dev): no high or
// critical advisory may remain unless ACCEPTED explains why it cannot reach a reader (and the README's
// "Dependency audit" section says the same). The audit needs the registry's advisory service; when
// that cannot be reached the check says "skipped" and why, and never counts as passed.
// Usage: node scripts/audit.mjs; exit 0 passed, 1 failed, 2 skipped.
import {spawn} from 'node:child_process';

/** Advisories judged unable to reach a reader: package name -> why (keep in step with the README). */
export const ACCEPTED = {};

const BLOCKING = new Set(['high', 'critical']);

/**
 * The verdict on the output of `npm audit --json`: passed, failed (with each blocking advisory) or
 * skipped (with the reason the audit could not run).
 */
export function auditVerdict(output, accepted = ACCEPTED) {
  let report;
  try {
    report = JSON.parse(output);
  } catch {
    return {status: 'skipped', reason: 'npm audit printed no report', findings: []};
  }
  if (!report || typeof report.vulnerabilities !== 'object' || report.vulnerabilities === null) {
    const reason = report?.message ?? report?.error?.summary ?? 'npm audit printed no report';
    return {status: 'skipped', reason: `the advisory service could not be asked: ${reason}`, findings: []};
  }
  const findings = Object.entries(report.vulnerabilities)
    .filter(([, entry]) => BLOCKING.has(entry.severity))
    .map(([name, entry]) => ({
      name,
      severity: entry.severity,
      range: entry.range,
      fixAvailable: Boolean(entry.fixAvailable),
      accepted: Object.hasOwn(accepted, name),
    }));
  const open = findings.filter((finding) => !finding.accepted);
  return {status: open.length === 0 ? 'passed' : 'failed', findings, counts: report.metadata?.vulnerabilities};
}

function runAudit() {
  return new Promise((resolve) => {
    const child = spawn('npm', ['audit', '--omit=dev', '--json'], {stdio: ['ignore', 'pipe', 'ignore']});
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill(), 120_000);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}

async function main() {
  const verdict = auditVerdict(await runAudit());
  if (verdict.status === 'skipped') {
    console.log(`npm audit: skipped: ${verdict.reason}`);
    process.exit(2);
  }
  for (const finding of verdict.findings) {
    console.log(
      `${finding.accepted ? 'accepted' : 'BLOCKING'} ${finding.severity} ${finding.name} ${finding.range ?? ''}` +
        (finding.accepted ? ` (${ACCEPTED[finding.name]})` : finding.fixAvailable ? ' (npm audit fix may fix it)' : ''),
    );
  }
  console.log(`npm audit: ${verdict.status} (${JSON.stringify(verdict.counts ?? {})})`);
  process.exit(verdict.status === 'passed' ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
