// Hover text on its own: the strings of the UI in English and bokmål, and the hover a finding
// or a data origin gives, built from the pack in force.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../server/src/analysis/config/config';
import { findingHover } from '../../server/src/lsp/hover-provider';
import { isNorwegian, local, t } from '../../server/src/lsp/hover-text';
import { SIGNUP_FILE, signupFinding } from '../support/finding-fixture';

const config = defaultConfig();
const pack = config.policy;

function hoverAt(line: number, character: number, locale = 'en', findings = [signupFinding()]): string | undefined {
  const h = findingHover(findings, SIGNUP_FILE, { line, character }, () => config, locale);
  return h ? (h.contents as { value: string }).value : undefined;
}

describe('hover text', () => {
  it("fills placeholders in the user's language, bokmål for nb, no and nn", () => {
    assert.equal(t('en', 'sentTo', 'HubSpot', 12), 'sent to HubSpot (line 12)');
    assert.equal(t('nb-NO', 'sentTo', 'HubSpot', 12), 'sendes til HubSpot (linje 12)');
    assert.equal(t('nn', 'to'), 'Til');
    assert.equal(t(undefined, 'to'), 'To');
    assert.ok(isNorwegian('no') && isNorwegian('nb') && !isNorwegian('nl') && !isNorwegian('en-NO'));
    assert.equal(local({ en: 'Partner', nb: 'Samarbeidspartner' }, 'nb'), 'Samarbeidspartner');
    assert.equal(local({ en: 'Partner' }, 'nb'), 'Partner', 'English where a pack has no bokmål');
  });

  it('explains a finding on its call: rule, data with where it comes from, recipient and why', () => {
    const value = hoverAt(17, 20)!;
    assert.match(value, /^\*\*Disclose\*\* · `undeclared-recipient` \(error\)/);
    assert.match(value, /\*\*Data:\*\* e-mail address \(`user\.contact\.email`\) from `body\.email` \(13\); phone number/);
    assert.match(value, /\*\*To:\*\* hooks\.zapier\.com · `https:\/\/hooks\.zapier\.com\/hooks\/catch\/\$\{…\}`/);
    // Why: the recipient categories of the pack in force, whichever pack that is.
    for (const c of pack.recipientCategories) assert.ok(value.includes(`\`${c.id}\``), c.id);
  });

  it('speaks bokmål for a Norwegian user', () => {
    const value = hoverAt(17, 20, 'nb')!;
    assert.match(value, /\*\*Til:\*\* hooks\.zapier\.com/);
    assert.match(value, /\*\*Hvorfor:\*\* Ingen mottaker i \.disclose\.yaml/);
  });

  it('shows the clause of the pack with its title and link when the finding rests on one', () => {
    const clause = pack.clauses.find((c) => c.conditions.length > 0)!;
    const f = signupFinding({
      ruleId: 'clause-condition-unmet',
      severity: 'warning',
      clause: clause.id,
      conditionsMissing: [clause.conditions[0]!.field],
      recipient: 'crm',
      recipientName: 'CRM',
    });
    const value = hoverAt(17, 20, 'en', [f])!;
    assert.ok(value.includes(`](${clause.href})`), value);
    assert.ok(value.includes(clause.conditions[0]!.label.en), value);
    assert.match(value, /\*\*To:\*\* CRM \(`crm`\)/);
  });

  it('on the origin of the data, tells its category and where it goes; elsewhere, nothing', () => {
    const value = hoverAt(12, 14)!;
    assert.equal(value, '**Personal data:** e-mail address (`user.contact.email`) — sent to hooks.zapier.com (line 18)');
    assert.equal(hoverAt(5, 0), undefined);
    assert.equal(hoverAt(17, 50), undefined, 'past the end of the call');
  });

  it('escapes markdown in what the code names', () => {
    const f = signupFinding({ host: 'evil_*host*', data: [{ ...signupFinding().data[0]!, label: 'e-mail [click](x)' }] });
    const value = hoverAt(17, 20, 'en', [f])!;
    assert.ok(value.includes('evil\\_\\*host\\*'), value);
    assert.ok(value.includes('e-mail \\[click\\](x)'), value);
  });
});
