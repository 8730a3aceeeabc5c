#!/usr/bin/env node
// `npm test`: every check the project has, in order, then one closing line
// `N passed, N failed` summing all suites, so a run that tested nothing stands out.
// Lint and the type-check count as one test each; Vitest suites report their own counts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBrowser } from './ensure-browser.mjs';

const tmp = mkdtempSync(path.join(tmpdir(), 'tabayyun-test-'));
const results = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: child.status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
}

function vitest(label, args) {
  const out = path.join(tmp, `${label.replace(/\W+/g, '-')}.json`);
  const { ok, seconds } = run(label, 'npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  let passed = 0;
  let failed = 0;
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  } catch {
    // No report at all: the runner itself failed (config error, crash).
  }
  if (!ok && failed === 0) failed = 1;
  if (passed + failed === 0) failed = 1; // a suite that ran nothing is a failure, not a pass
  results.push({ label, passed, failed, seconds });
}

check('lint and format (biome)', 'npx', ['biome', 'check', '.']);
check('type-check (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
vitest('unit and component tests', []);

const browser = ensureBrowser();
if (browser.ok) {
  process.env.CHROMIUM_PATH = browser.path;
  vitest('end-to-end tests (headless Chromium)', ['-c', 'vitest.e2e.config.ts']);
} else {
  console.error(`\n✖ end-to-end tests not run: ${browser.message}`);
  results.push({ label: 'end-to-end tests (headless Chromium)', passed: 0, failed: 1, seconds: '0' });
}

console.log('\nSummary');
for (const r of results) {
  console.log(`  ${r.failed ? '✖' : '✔'} ${r.label}: ${r.passed} passed, ${r.failed} failed (${r.seconds}s)`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
