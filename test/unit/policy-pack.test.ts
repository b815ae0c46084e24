import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { evaluatePolicy, resolvePolicyPack } from '../../server/src/analysis/policy/policy-pack';

const pack = resolvePolicyPack('visma-no', undefined);
const email = ['user.contact.email'];

describe('the visma-no policy pack', () => {
  it('has the five clauses of the statement, with English and Norwegian text and links', () => {
    assert.deepEqual(
      pack.clauses.map((c) => c.id),
      ['within-group', 'forum', 'partners', 'authorities', 'mergers'],
    );
    for (const c of pack.clauses) {
      assert.ok(c.title.nb && c.summary.nb && c.summary.en.length > 40, c.id);
      assert.match(c.href, /^https:\/\//);
    }
  });

  it('implements the contract table', () => {
    const rule = (category: string, facts: object, data = email) => evaluatePolicy(pack, { category, ...facts }, data).rule;
    assert.equal(rule('group-company', { purposes: ['support'] }), null);
    assert.equal(rule('group-company', {}), 'clause-condition-unmet');
    assert.equal(rule('partner', { purposes: ['delivery'] }), null);
    assert.equal(rule('partner', { purposes: [] }), 'clause-condition-unmet');
    assert.equal(rule('public-authority', { legalBasis: 'court-order' }), null);
    assert.equal(rule('public-authority', {}), 'clause-condition-unmet');
    assert.equal(rule('acquirer', { nda: true }), null);
    assert.equal(rule('acquirer', { nda: false }), 'clause-condition-unmet');
    assert.equal(rule('public-forum', {}), 'public-disclosure');
    assert.equal(evaluatePolicy(pack, null, email).rule, 'undeclared-recipient');
  });

  it('never permits special categories, government ids or financial data on a forum', () => {
    for (const data of [
      ['user.health_and_medical'],
      ['user.government_id.national_identification_number'],
      ['user.financial.bank_account'],
      ['user.contact.email', 'user.demographic.religious_belief'],
    ]) {
      const v = evaluatePolicy(pack, { category: 'public-forum' }, data);
      assert.equal(v.rule, 'category-not-permitted', data.join());
      assert.equal(v.clause?.id, 'forum');
    }
  });

  it('names the missing and the met conditions', () => {
    const v = evaluatePolicy(pack, { category: 'acquirer' }, email);
    assert.deepEqual(
      v.missing.map((m) => m.field),
      ['nda'],
    );
    const met = evaluatePolicy(pack, { category: 'public-authority', legalBasis: 'court order 2026-123' }, email);
    assert.deepEqual(
      met.met.map((m) => m.field),
      ['legalBasis'],
    );
  });
});
