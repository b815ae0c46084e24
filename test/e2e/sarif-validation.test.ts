import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../support/paths';
import { runCli } from '../support/run-cli';
import { writeProject } from '../support/temp-project';

/** Microsoft's SARIF Multitool, installed from npm as a devDependency; it runs offline. */
function multitool(): string {
  const bin = path.join(PROJECT_ROOT, 'node_modules', '@microsoft', `sarif-multitool-${process.platform}`, 'Sarif.Multitool');
  assert.ok(fs.existsSync(bin), `the SARIF Multitool is missing at ${bin} (npm ci installs it)`);
  fs.chmodSync(bin, 0o755); // npm does not run its install script that sets this bit
  return bin;
}

function validate(sarifFile: string, extra: string[]): Array<{ ruleId: string; level: string; message: unknown }> {
  const out = path.join(path.dirname(sarifFile), `validation-${extra.join('-') || 'sarif'}.sarif`);
  const run = spawnSync(multitool(), ['validate', sarifFile, '--output', out, '--log', 'ForceOverwrite', ...extra], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const log = JSON.parse(fs.readFileSync(out, 'utf8'));
  return log.runs[0].results ?? [];
}

describe('SARIF output passes the SARIF Multitool', () => {
  const dir = writeProject({});
  const file = path.join(dir, 'disclose.sarif');
  const run = runCli(['check', 'examples', '--format', 'sarif', '--output', file], PROJECT_ROOT);

  it('was written', () => {
    assert.equal(run.status, 1, run.stderr);
    assert.ok(fs.statSync(file).size > 1000);
  });

  it('has no errors or warnings under the SARIF rules', () => {
    const problems = validate(file, []).filter((r) => r.level === 'error' || r.level === 'warning');
    assert.deepEqual(problems, []);
  });

  it("has no errors under GitHub code scanning's ingestion rules", () => {
    const problems = validate(file, ['--rule-kind', 'Gh']).filter((r) => r.level === 'error');
    assert.deepEqual(problems, []);
  });

  it('the validator does catch a broken file (the check can fail)', () => {
    const broken = JSON.parse(fs.readFileSync(file, 'utf8'));
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    const brokenFile = path.join(dir, 'broken.sarif');
    fs.writeFileSync(brokenFile, JSON.stringify(broken));
    assert.ok(validate(brokenFile, []).some((r) => r.level === 'error'));
  });
});
