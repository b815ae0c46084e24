import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_POLICY } from '../../server/src/analysis/config/config';
import { ConfigResolver } from '../../server/src/analysis/config/config-resolver';
import { analyze } from '../../server/src/analysis/engine';
import type { Finding } from '../../server/src/analysis/flows/finding';
import type { PolicyPack } from '../../server/src/analysis/policy/policy-pack';
import { discoverFiles } from '../../server/src/analysis/workspace/workspace-files';
import { localizedMessage } from '../../server/src/lsp/diagnostic-message';
import { addCondition, addRecipient } from '../../server/src/lsp/yaml-edits';
import {
  categoryPlaceholder,
  conditionFields,
  conditionPlaceholder,
  policyReference,
} from '../../server/src/reporting/policy-placeholders';
import { starterConfig } from '../../server/src/reporting/starter-config';
import { builtinPack, OWN_POLICY_FIXTURE, OWN_POLICY_PACK_FILE, ownPack } from '../support/builtin-policy-traces';
import { EXAMPLES } from '../support/paths';
import { makeTempDir } from '../support/temp-dir';

function findingsOf(dir: string): Array<{ f: Finding; pack: PolicyPack; rel: string }> {
  const { files } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1 << 20 });
  const resolver = new ConfigResolver({ root: dir });
  const { findings } = analyze({ root: dir, files, configFor: (f) => resolver.configFor(f), reportUnresolved: true });
  return findings.map((f) => ({
    f,
    pack: resolver.configFor(f.location.file).policy,
    rel: path.relative(dir, f.location.file).split(path.sep).join('/'),
  }));
}

function copyFixture(): string {
  const dir = makeTempDir('disclose-front-end-policy-');
  fs.cpSync(OWN_POLICY_FIXTURE, dir, { recursive: true });
  return dir;
}

describe('diagnostic messages in the editor’s language', () => {
  it('English (and any language without a translation) is the engine’s message, byte for byte', () => {
    const all = [...findingsOf(copyFixture()), ...findingsOf(EXAMPLES)];
    assert.ok(all.length >= 10);
    for (const { f, pack } of all)
      for (const locale of [undefined, 'en', 'en-GB', 'de']) assert.equal(localizedMessage(f, pack, locale), f.message);
  });

  it('bokmål says the same in the pack’s and the lexicon’s Norwegian words', () => {
    const dir = copyFixture();
    fs.writeFileSync(
      path.join(dir, 'src/booking/follow-up.ts'),
      `import type { Patient } from './types';

/** Asks the patient how the treatment went, through whichever survey tool the clinic uses. */
export async function sendFollowUp(patient: Patient, surveyUrl: string): Promise<void> {
  // disclose-ignore-next-line
  await fetch(surveyUrl, { method: 'POST', body: JSON.stringify({ email: patient.email }) });
}
`,
    );
    const byRule = new Map(findingsOf(dir).map(({ f, pack, rel }) => [`${rel} ${f.ruleId}`, localizedMessage(f, pack, 'nb-NO')]));
    assert.deepEqual(Object.fromEntries(byRule), {
      'src/booking/reminders.ts clause-condition-unmet':
        'Sender telefonnummer, navn og fornavn til SendSMS Norge (reminder texts), som er databehandler — punktet «Databehandlere som handler på våre vegne» krever formålene i databehandleravtalen, som mottakeren ikke oppgir',
      'src/booking/waitlist.ts undeclared-recipient':
        'Sender e-postadresse og navn til hooks.slotmailer.example — ikke en oppgitt mottaker (policy havbris-helse; oppgi den som en av: processor, affiliate, regulator, patient-board)',
      'src/community/board.ts category-not-permitted':
        'Sender diagnose til Havbris patient board, som er åpent pasientforum — punktet «Det åpne pasientforumet» i policy havbris-helse tillater ikke disse opplysningene der',
      'src/compliance/supervision.ts clause-condition-unmet':
        'Sender fødselsnummer og navn til Statens helsetilsyn (supervision cases), som er tilsynsmyndighet — punktet «Tilsynsmyndigheter» krever bestemmelsen som krever utleveringen, som mottakeren ikke oppgir',
      'src/booking/follow-up.ts suppression-without-reason':
        'disclose-ignore-next-line trenger en begrunnelse; uten den undertrykker den ingenting',
      'src/booking/follow-up.ts unresolved-endpoint': 'Sender e-postadresse til et endepunkt Disclose ikke fant ut av (${…})',
    });
  });
});

describe('what the front ends write comes from the pack in force', () => {
  it('a pack file is named relative to the configuration; a built-in pack by its id', () => {
    const pack = ownPack();
    assert.equal(policyReference(pack, OWN_POLICY_FIXTURE), './privacy/havbris-policy.yaml');
    assert.equal(policyReference(pack, path.join(OWN_POLICY_FIXTURE, 'src')), '../privacy/havbris-policy.yaml');
    assert.equal(policyReference(builtinPack(), OWN_POLICY_FIXTURE), DEFAULT_POLICY);
  });

  it('placeholders list the pack’s categories and use its conditions’ own values', () => {
    const pack = ownPack();
    assert.equal(categoryPlaceholder(pack), 'CHOOSE-processor|affiliate|regulator|patient-board');
    assert.deepEqual(conditionFields(pack), ['purposes', 'legalBasis']);
    const [purposes, legalBasis] = [pack.clauses[0]!.conditions[0]!, pack.clauses[2]!.conditions[0]!];
    assert.deepEqual(conditionPlaceholder(purposes), ['appointment-reminders']);
    assert.equal(conditionPlaceholder(legalBasis), 'helsepersonelloven-30');
    // A pack without placeholders gets neutral ones that say what to fill in.
    assert.deepEqual(conditionPlaceholder({ field: 'purposes' }), ['CHOOSE-purpose']);
    assert.equal(conditionPlaceholder({ field: 'legalBasis', placeholder: ['wrong type'] }), 'CHOOSE-legal-basis');
    assert.equal(conditionPlaceholder({ field: 'nda' }), true);
  });

  it('a new .disclose.yaml names the pack in force; edits keep the rest of an existing one', () => {
    const created = addRecipient(
      undefined,
      { id: 'slotmailer', name: 'hooks.slotmailer.example', category: 'processor', hosts: ['hooks.slotmailer.example'], packages: [] },
      './privacy/havbris-policy.yaml',
    );
    assert.match(
      created,
      /^# Disclose configuration[^\n]*\n#[^\n]*\npolicy: \.\/privacy\/havbris-policy\.yaml\nrecipients:\n {2}- id: slotmailer\n/,
    );
    assert.match(
      addRecipient('', { id: 'a', name: 'a', category: 'x', hosts: [], packages: [] }, './my policy.yaml'),
      /\npolicy: "\.\/my policy\.yaml"\n/,
    );
    const existing = fs.readFileSync(path.join(OWN_POLICY_FIXTURE, '.disclose.yaml'), 'utf8');
    const added = addCondition(existing, 'sendsms', 'purposes', ['appointment-reminders']);
    assert.match(
      added,
      /- id: sendsms\n(?: {4}\S[^\n]*\n| {6}[^\n]*\n)*? {4}purposes: \[appointment-reminders\]\n {4}# The processing agreement is signed/,
    );
    for (const line of existing.split('\n').filter((l) => l.trim().startsWith('#') || /^\s*(- id|policy|category):/.test(l)))
      assert.ok(added.includes(line), `kept: ${line}`);
  });

  it('a starter configuration names only the conditions the pack asks for', () => {
    const pack = ownPack();
    const withConditions = starterConfig([], pack, { internalHosts: [], configDir: OWN_POLICY_FIXTURE });
    assert.match(withConditions, /# conditions its clause needs \(purposes, legalBasis\)\./);
    assert.match(withConditions, /\npolicy: \.\/privacy\/havbris-policy\.yaml\nrecipients: \[\]\n$/);
    const noConditions: PolicyPack = { ...pack, clauses: pack.clauses.map((c) => ({ ...c, conditions: [] })) };
    const text = starterConfig([], noConditions, { internalHosts: [], configDir: path.dirname(OWN_POLICY_PACK_FILE) });
    assert.ok(!/conditions/.test(text), text);
    assert.match(text, /\npolicy: \.\/havbris-policy\.yaml\n/);
  });
});
