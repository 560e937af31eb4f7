// Names the journeys that failed or passed only on retry, with the first line of each error,
// from Playwright's JSON report: `node report-failures.mjs REPORT.json`.
import { readFileSync, existsSync } from 'node:fs';

const file = process.argv[2];
if (!file || !existsSync(file)) process.exit(0);
const report = JSON.parse(readFileSync(file, 'utf8'));
const lines = [];
const walk = (suite, path) => {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status === 'expected' || test.status === 'skipped') continue;
      const first = (test.results ?? []).find((r) => r.error)?.error?.message ?? '';
      const where = `${spec.file}:${spec.line}`;
      lines.push(`  ${test.status.padEnd(10)} ${[...path, spec.title].join(' › ')} (${where})`);
      if (first) lines.push(`             ${first.split('\n').find((l) => l.trim()) ?? ''}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child, [...path, child.title].filter(Boolean));
};
for (const suite of report.suites ?? []) walk(suite, []);
if (lines.length) {
  console.log('---- Playwright: failed or flaky journeys ----');
  console.log(lines.join('\n').replace(/\u001b\[[0-9;]*m/g, ''));
}
