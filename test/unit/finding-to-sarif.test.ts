// The SARIF converter on its own: findings → one SARIF 2.1.0 run, with paths relative to the
// root, 1-based regions, stable fingerprints and a code flow from each source to the sink.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../server/src/analysis/config/config';
import { FINGERPRINT_KEY, toSarif } from '../../server/src/cli/finding-to-sarif';
import { FIXTURE_ROOT, signupFinding } from '../support/finding-fixture';

const pack = defaultConfig().policy;
const META = { version: '0.1.0', policies: [pack] };

describe('finding → SARIF', () => {
  it('gives one result per finding at the reported call, relative to %SRCROOT%, 1-based', () => {
    const sarif = toSarif([signupFinding()], FIXTURE_ROOT, META);
    const run = sarif.runs[0]!;
    assert.equal(sarif.version, '2.1.0');
    assert.equal(run.results.length, 1);
    const r = run.results[0]!;
    assert.equal(r.ruleId, 'undeclared-recipient');
    assert.equal(r.level, 'error');
    assert.equal(run.tool.driver.rules[r.ruleIndex]!.id, 'undeclared-recipient');
    const loc = r.locations[0]!.physicalLocation;
    assert.deepEqual(loc.artifactLocation, { uri: 'src/routes/signup.ts', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(loc.region, { startLine: 18, startColumn: 9, endLine: 18, endColumn: 43 });
    assert.equal(r.partialFingerprints[FINGERPRINT_KEY], signupFinding().fingerprint);
    assert.ok(run.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/kundeportal/'));
  });

  it('draws a thread flow per data item: its origin, the wrapper calls, then the sink', () => {
    const r = toSarif([signupFinding()], FIXTURE_ROOT, META).runs[0]!.results[0]!;
    const flows = r.codeFlows![0]!.threadFlows;
    assert.equal(flows.length, 2);
    const steps = flows[0]!.locations.map((l) => [l.location.physicalLocation.artifactLocation.uri, l.location.message?.text]);
    assert.deepEqual(steps, [
      ['src/routes/signup.ts', 'e-mail address: body.email'],
      ['src/routes/signup.ts', 'passed on by crm.createContact(customer)'],
      ['src/lib/crm-client.ts', 'sent by fetch'],
    ]);
  });

  it('links a finding to its clause in the policy taxonomy, and percent-encodes paths', () => {
    const clause = pack.clauses[0]!;
    const finding = signupFinding({
      clause: clause.id,
      location: { ...signupFinding().location, file: path.join(FIXTURE_ROOT, 'src/sider/kjøp og betal.ts') },
    });
    const run = toSarif([finding], FIXTURE_ROOT, META).runs[0]!;
    const r = run.results[0]!;
    assert.deepEqual(r.taxa, [{ id: clause.id, toolComponent: { name: pack.id, index: 0 } }]);
    assert.ok(run.taxonomies[0]!.taxa.some((t) => t.id === clause.id));
    assert.equal(r.locations[0]!.physicalLocation.artifactLocation.uri, 'src/sider/kj%C3%B8p%20og%20betal.ts');
    const other = toSarif([signupFinding({ clause: clause.id, policy: 'another-pack' })], FIXTURE_ROOT, META).runs[0]!.results[0]!;
    assert.equal(other.taxa, undefined, 'no taxon from a pack the run does not carry');
  });

  it('orders results by file and position, whatever order the findings came in', () => {
    const later = signupFinding({ location: { ...signupFinding().location, line: 40, endLine: 40 }, fingerprint: 'b' });
    const other = signupFinding({ location: { ...signupFinding().location, file: path.join(FIXTURE_ROOT, 'src/a.ts') }, fingerprint: 'c' });
    const results = toSarif([later, signupFinding(), other], FIXTURE_ROOT, META).runs[0]!.results;
    assert.deepEqual(
      results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine]),
      [
        ['src/a.ts', 18],
        ['src/routes/signup.ts', 18],
        ['src/routes/signup.ts', 41],
      ],
    );
  });
});
