// `npm test`'s runner: node --test over the given folders, then one visible line per skipped
// suite, so that a run without an editor or browser says so at its end instead of passing quietly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The suites `npm test` runs (package.json names them too); a folder given on the command line
// runs alone.
const SUITES = ['out/test/unit/', 'out/test/e2e/', 'out/test/lsp/', 'out/test/hostile/'];
const folders = process.argv.length > 2 ? process.argv.slice(2) : SUITES;
const scratch = mkdtempSync(join(tmpdir(), 'disclose-run-tests-'));
const skipFile = join(scratch, 'skipped.txt');
const reporter = fileURLToPath(new URL('./skip-reporter.mjs', import.meta.url));
try {
  const run = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${reporter}`,
      `--test-reporter-destination=${skipFile}`,
      ...folders,
    ],
    { stdio: 'inherit' },
  );
  let skipped = [];
  try {
    skipped = readFileSync(skipFile, 'utf8').split('\n').filter(Boolean);
  } catch {
    /* no skips written */
  }
  for (const line of skipped) process.stdout.write(`skipped: ${line}\n`);
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
