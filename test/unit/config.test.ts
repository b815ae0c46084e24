import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, parseConfig } from '../../server/src/analysis/config/config';
import { writeProject } from '../support/temp-project';

const FILE = '/work/project/.disclose.yaml';

function problemsOf(text: string): ConfigError['problems'] {
  try {
    parseConfig(FILE, text);
  } catch (e) {
    assert.ok(e instanceof ConfigError, `expected a ConfigError, got ${(e as Error).message}`);
    return e.problems;
  }
  assert.fail('expected the configuration to be rejected');
}

describe('.disclose.yaml', () => {
  it('reads the contract example', () => {
    const cfg = parseConfig(
      FILE,
      `policy: visma-no
recipients:
  - id: visma-community
    name: Visma Community forum
    category: public-forum
    match:
      hosts: ["community.visma.com", "*.community.visma.com"]
      urls: ["https://api.example.com/v2/**"]
      env: ["COMMUNITY_API_URL"]
      packages: ["@acme/partner-sdk"]
    purposes: [customer-support]
    legalBasis: court-order
    nda: true
internal:
  hosts: ["localhost", "*.internal.example.com"]
  env: ["API_BASE_URL"]
  packages: ["posthog-node"]
personalData:
  - category: user.unique_id
    names: ["vismaKundeId", "partnerRef"]
sanitizers: [hashEmail, pseudonymize]
`,
    );
    assert.equal(cfg.policy.id, 'visma-no');
    assert.equal(cfg.recipients[0]!.id, 'visma-community');
    assert.equal(cfg.recipients[0]!.location?.line, 2, 'the entry is located for related information');
    assert.deepEqual(cfg.internal.env, ['API_BASE_URL']);
    assert.deepEqual(cfg.sanitizers, ['hashEmail', 'pseudonymize']);
  });

  it('an empty file is the default configuration', () => {
    const cfg = parseConfig(FILE, '');
    assert.equal(cfg.policy.id, 'visma-no');
    assert.deepEqual(cfg.recipients, []);
  });

  it('locates a YAML syntax error', () => {
    const [p] = problemsOf('policy: visma-no\nrecipients:\n  - id: x\n   category: partner\n');
    assert.match(p!.message, /YAML syntax/);
    assert.ok(p!.line >= 2 && p!.line <= 3, `line ${p!.line}`);
  });

  it('locates an unknown key and says what was expected', () => {
    const [p] = problemsOf('policy: visma-no\nrecipients:\n  - id: acme\n    category: partner\n    host: api.acme.io\n');
    assert.match(p!.message, /Unknown key 'host'/);
    assert.match(p!.message, /match/);
    assert.equal(p!.line, 4);
    assert.equal(p!.column, 4);
  });

  it('locates a value of the wrong type', () => {
    const [p] = problemsOf('recipients:\n  - id: acme\n    category: acquirer\n    nda: "yes"\n');
    assert.match(p!.message, /recipients\.0\.nda' should be a boolean/);
    assert.equal(p!.line, 3);
  });

  it('rejects a recipient category the policy does not have', () => {
    const [p] = problemsOf('recipients:\n  - id: acme\n    category: vendor\n');
    assert.match(p!.message, /Unknown recipient category 'vendor'.*group-company, public-forum, partner, public-authority, acquirer/);
    assert.equal(p!.line, 2);
    assert.equal(p!.column, 14);
  });

  it('rejects duplicate ids and ids that are not kebab-case', () => {
    const dup = problemsOf('recipients:\n  - id: acme\n    category: partner\n  - id: acme\n    category: partner\n');
    assert.match(dup[0]!.message, /Duplicate recipient id 'acme'/);
    const kebab = problemsOf('recipients:\n  - id: Acme_Partner\n    category: partner\n');
    assert.match(kebab[0]!.message, /kebab-case/);
  });

  it('rejects an unknown policy at the policy key', () => {
    const [p] = problemsOf('policy: no-such-policy\n');
    assert.match(p!.message, /Unknown policy 'no-such-policy'/);
    assert.equal(p!.line, 0);
  });

  it('refuses a YAML alias bomb quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const problems = problemsOf(lines.join('\n') + '\n');
    assert.ok(problems.length > 0);
  });

  it('loads a custom policy pack relative to the configuration', () => {
    const dir = writeProject({
      'policies/acme.yaml': `id: acme
version: 1
name: { en: Acme }
recipientCategories:
  - { id: processor, label: { en: data processor }, clause: processors }
clauses:
  - id: processors
    title: { en: Data processors }
    summary: { en: Processors under a data processing agreement. }
    href: https://acme.example/privacy#processors
    conditions:
      - { field: legalBasis, label: { en: a data processing agreement } }
    outcome: permitted
`,
    });
    const cfg = parseConfig(
      path.join(dir, '.disclose.yaml'),
      'policy: policies/acme.yaml\nrecipients:\n  - id: mailer\n    category: processor\n',
    );
    assert.equal(cfg.policy.id, 'acme');
    assert.equal(cfg.recipients[0]!.category, 'processor');
  });
});
