// The diagnostic converter on its own: one finding → one LSP diagnostic, with the severity the
// user set, where the data comes from, and what the quick fixes need.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { DEFAULT_POLICY } from '../../server/src/analysis/config/config';
import { type PolicyPack, resolvePolicyPack } from '../../server/src/analysis/policy/policy-pack';
import { findingToDiagnostic } from '../../server/src/lsp/finding-to-diagnostic';
import { DEFAULT_SETTINGS, type DiscloseSettings } from '../../server/src/lsp/settings';
import type { DiagnosticData } from '../../shared/protocol';
import { CRM_FILE, SIGNUP_FILE, signupFinding } from '../support/finding-fixture';

// The pack in force, with the link a company's own statement would have.
const POLICY: PolicyPack = { ...resolvePolicyPack(DEFAULT_POLICY, undefined), source: { href: 'https://example.org/privacy' } };
const EXTRA = {
  fields: [{ name: 'email', line: 12, character: 4, endLine: 12, endCharacter: 21 }],
  version: 7,
  policy: POLICY,
  locale: 'en',
};
const withRule = (rule: string, severity: string): DiscloseSettings => ({
  ...DEFAULT_SETTINGS,
  rules: { [rule]: { severity } } as DiscloseSettings['rules'],
});

describe('finding → diagnostic', () => {
  it("stands at the reported call, with the rule as code and the engine's message", () => {
    const d = findingToDiagnostic(signupFinding(), DEFAULT_SETTINGS, EXTRA)!;
    assert.deepEqual(d.range, { start: { line: 17, character: 8 }, end: { line: 17, character: 42 } });
    assert.equal(d.code, 'undeclared-recipient');
    assert.equal(d.source, 'disclose');
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(d.message, /hooks\.zapier\.com/);
    assert.equal(d.codeDescription?.href, 'https://example.org/privacy');
    assert.equal(d.tags, undefined);
  });

  it('relates each piece of data to where it is read, and the sink at the end of a wrapper chain', () => {
    const d = findingToDiagnostic(signupFinding(), DEFAULT_SETTINGS, EXTRA)!;
    const related = d.relatedInformation!;
    assert.equal(related.length, 3);
    assert.equal(related[0]!.location.uri, pathToFileURL(SIGNUP_FILE).href);
    assert.equal(related[0]!.location.range.start.line, 12);
    assert.match(related[0]!.message, /^e-mail address comes from here: body\.email$/);
    assert.equal(related[2]!.location.uri, pathToFileURL(CRM_FILE).href);
    assert.match(related[2]!.message, /sent here by fetch/);
    const direct = findingToDiagnostic(signupFinding({ chain: [signupFinding().location] }), DEFAULT_SETTINGS, EXTRA)!;
    assert.equal(direct.relatedInformation!.length, 2, 'a direct call has no separate sink to point at');
  });

  it('carries what the quick fixes need in its data', () => {
    const data = findingToDiagnostic(signupFinding(), DEFAULT_SETTINGS, EXTRA)!.data as DiagnosticData;
    assert.equal(data.ruleId, 'undeclared-recipient');
    assert.equal(data.host, 'hooks.zapier.com');
    assert.equal(data.configFile, signupFinding().configFile);
    assert.deepEqual(data.fields, EXTRA.fields);
    assert.equal(data.version, 7);
    assert.equal(data.vendor, null);
  });

  it('honours the severity the user sets for a rule, and drops the diagnostic when it is off', () => {
    assert.equal(findingToDiagnostic(signupFinding(), withRule('undeclared-recipient', 'hint'), EXTRA)!.severity, DiagnosticSeverity.Hint);
    assert.equal(
      findingToDiagnostic(signupFinding(), withRule('undeclared-recipient', 'default'), EXTRA)!.severity,
      DiagnosticSeverity.Error,
    );
    assert.equal(findingToDiagnostic(signupFinding(), withRule('undeclared-recipient', 'off'), EXTRA), undefined);
    assert.ok(findingToDiagnostic(signupFinding(), withRule('public-disclosure', 'off'), EXTRA), 'another rule off changes nothing here');
  });

  it('links the clause over the policy, and marks a suppression without reason as unnecessary code', () => {
    const clause = findingToDiagnostic(signupFinding({ clauseHref: 'https://example.org/privacy#partners' }), DEFAULT_SETTINGS, EXTRA)!;
    assert.equal(clause.codeDescription?.href, 'https://example.org/privacy#partners');
    const bare = findingToDiagnostic(signupFinding({ ruleId: 'suppression-without-reason', severity: 'warning' }), DEFAULT_SETTINGS, {
      ...EXTRA,
      policy: { ...POLICY, source: {} },
    })!;
    assert.deepEqual(bare.tags, [DiagnosticTag.Unnecessary]);
    assert.equal(bare.severity, DiagnosticSeverity.Warning);
    assert.equal(bare.codeDescription, undefined);
  });
});
