// Edits of .disclose.yaml: the smallest change that declares a recipient or adds a condition,
// leaving the user's comments and layout as they wrote them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import {
  addCondition,
  addConditionEdits,
  addRecipient,
  addRecipientEdits,
  applyYamlEdits,
  type NewRecipient,
} from '../../server/src/lsp/yaml-edits';

/** How a new file names the pack in force (the code actions pass the pack's policyReference). */
const POLICY = 'visma-no';

const USER_CONFIG = `# Nettbutikken: who we share personal data with
policy: visma-no

recipients:
  # CRM, signed DPA 2024-03
  - id: hubspot
    name: HubSpot   # the sales team's CRM
    category: partner
    match: { hosts: [api.hubapi.com] }

  - id: klarna
    name: "Klarna"
    category: partner
    match:
      packages: ['@klarna/checkout']

# Our own services
internal:
  hosts: ["*.intern.nettbutikk.no"]
`;

const ZAPIER: NewRecipient = { id: 'zapier', name: 'hooks.zapier.com', category: 'partner', hosts: ['hooks.zapier.com'], packages: [] };

/** The edits leave every line of the original, in order: they only add lines. */
function keepsEveryLine(before: string, after: string): void {
  const added = after.split('\n');
  let i = 0;
  for (const line of before.split('\n')) {
    while (i < added.length && added[i] !== line) i++;
    assert.ok(i < added.length, `line lost or changed: ${JSON.stringify(line)}`);
    i++;
  }
}

describe('yaml edits: declaring a recipient', () => {
  it("is one insertion after the last entry, at the entries' indentation", () => {
    const edits = addRecipientEdits(USER_CONFIG, ZAPIER, POLICY);
    assert.equal(edits.length, 1);
    const [edit] = edits;
    assert.equal(edit!.start, edit!.end, 'an insertion replaces nothing');
    assert.equal(
      edit!.start,
      USER_CONFIG.indexOf('\n# Our own services'),
      'after the last entry, before the blank line and the next section',
    );
    assert.match(
      edit!.newText,
      /^ {2}- id: zapier\n {4}name: hooks\.zapier\.com\n {4}category: partner\n {4}match:\n {6}hosts: \[hooks\.zapier\.com\]\n$/,
    );
  });

  it('keeps comments, quoting and flow style byte for byte, and the result declares both', () => {
    const after = addRecipient(USER_CONFIG, ZAPIER, POLICY);
    keepsEveryLine(USER_CONFIG, after);
    const parsed = parse(after) as { recipients: Array<{ id: string; match: { hosts?: string[] } }> };
    assert.deepEqual(
      parsed.recipients.map((r) => r.id),
      ['hubspot', 'klarna', 'zapier'],
    );
    assert.deepEqual(parsed.recipients[2]!.match.hosts, ['hooks.zapier.com']);
  });

  it("follows the user's indentation when the list stands flush with its key", () => {
    const flush = 'recipients:\n- id: hubspot\n  category: partner\n  match:\n    hosts: [api.hubapi.com]\n';
    const after = addRecipient(flush, ZAPIER, POLICY);
    assert.equal(after, flush + '- id: zapier\n  name: hooks.zapier.com\n  category: partner\n  match:\n    hosts: [hooks.zapier.com]\n');
  });

  it('adds the list at the end when there is none, and on a line of its own without a final newline', () => {
    const noList = '# comment kept\npolicy: visma-no\ninternal:\n  hosts: ["*.local"]';
    const after = addRecipient(noList, { ...ZAPIER, hosts: [], packages: ['@sentry/node'], id: 'sentry', name: 'Sentry' }, POLICY);
    assert.ok(after.startsWith(noList + '\n'));
    assert.deepEqual((parse(after) as { recipients: unknown[] }).recipients, [
      { id: 'sentry', name: 'Sentry', category: 'partner', match: { packages: ['@sentry/node'] } },
    ]);
  });

  it('fills an empty `recipients:` key under it', () => {
    const empty = 'policy: visma-no\nrecipients: # none yet\ninternal:\n  env: [API_URL]\n';
    const after = addRecipient(empty, ZAPIER, POLICY);
    keepsEveryLine(empty, after);
    const parsed = parse(after) as { recipients: Array<{ id: string }>; internal: { env: string[] } };
    assert.deepEqual(
      parsed.recipients.map((r) => r.id),
      ['zapier'],
    );
    assert.deepEqual(parsed.internal.env, ['API_URL']);
  });

  it('writes a header and the list into a new file', () => {
    const created = addRecipient(undefined, ZAPIER, POLICY);
    const parsed = parse(created) as { policy: string; recipients: Array<{ id: string }> };
    assert.ok(created.startsWith('#'));
    assert.ok(parsed.policy);
    assert.deepEqual(
      parsed.recipients.map((r) => r.id),
      ['zapier'],
    );
  });

  it('falls back to the document model for a flow list, still only replacing what differs', () => {
    const flow = '# partners\npolicy: visma-no\nrecipients: []\n# end\n';
    const edits = addRecipientEdits(flow, ZAPIER, POLICY);
    for (const e of edits) assert.ok(e.start >= flow.indexOf('recipients'), 'the lines above stay untouched');
    const after = applyYamlEdits(flow, edits);
    assert.ok(after.startsWith('# partners\npolicy: visma-no\n'));
    assert.deepEqual(
      (parse(after) as { recipients: Array<{ id: string }> }).recipients.map((r) => r.id),
      ['zapier'],
    );
  });

  it('keeps the line ends of a file saved with CRLF', () => {
    const crlf = USER_CONFIG.replace(/\n/g, '\r\n');
    const after = addRecipient(crlf, ZAPIER, POLICY);
    assert.ok(after.startsWith(crlf.slice(0, crlf.indexOf('\r\n# Our own services'))));
    assert.equal(after.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF added');
    assert.deepEqual(
      (parse(after) as { recipients: Array<{ id: string }> }).recipients.map((r) => r.id),
      ['hubspot', 'klarna', 'zapier'],
    );
  });

  it('refuses a file that does not parse rather than guessing', () => {
    assert.throws(() => addRecipientEdits('recipients:\n  - id: [unclosed\n', ZAPIER, POLICY), /does not parse/);
  });
});

describe('yaml edits: adding a condition', () => {
  it("inserts one line after the recipient's last key, at its keys' indentation", () => {
    const edits = addConditionEdits(USER_CONFIG, 'hubspot', 'purposes', ['delivering-the-service']);
    assert.equal(edits.length, 1);
    assert.equal(edits[0]!.start, edits[0]!.end);
    const after = applyYamlEdits(USER_CONFIG, edits);
    keepsEveryLine(USER_CONFIG, after);
    assert.ok(after.includes('    match: { hosts: [api.hubapi.com] }\n    purposes: [delivering-the-service]\n\n  - id: klarna'), after);
  });

  it('after a nested block, the new key still belongs to the recipient', () => {
    const after = addCondition(USER_CONFIG, 'klarna', 'nda', true);
    keepsEveryLine(USER_CONFIG, after);
    const klarna = (parse(after) as { recipients: Array<{ id: string; nda?: boolean; match: object }> }).recipients[1]!;
    assert.equal(klarna.nda, true);
    assert.deepEqual(klarna.match, { packages: ['@klarna/checkout'] });
  });

  it('replaces a key that is there already, and names an unknown recipient in its error', () => {
    const withBasis = USER_CONFIG.replace(
      '    category: partner\n    match: { hosts',
      '    category: partner\n    legalBasis: contract\n    match: { hosts',
    );
    const after = addCondition(withBasis, 'hubspot', 'legalBasis', 'court-order');
    assert.ok(after.includes('    legalBasis: court-order\n'));
    assert.ok(!after.includes('legalBasis: contract'));
    assert.ok(after.includes('# CRM, signed DPA 2024-03') && after.includes("# the sales team's CRM"));
    assert.throws(() => addConditionEdits(USER_CONFIG, 'mailchimp', 'nda', true), /mailchimp/);
  });
});
