import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { type PolicyPack, resolvePolicyPack } from '../../server/src/analysis/policy/policy-pack';
import { toSarif } from '../../server/src/cli/finding-to-sarif';
import { escapeControls, escapeMarkdown } from '../../server/src/reporting/output-escaping';
import { renderHtml } from '../../server/src/reporting/render-html';
import { renderMarkdown } from '../../server/src/reporting/render-markdown';
import { buildSharingReport } from '../../server/src/reporting/sharing-report';
import { assertNoCrash, CUSTOMER_TYPE, disclose, hostileWorkspace, SIGNUP_SERVICE } from './hostile-workspace';

const T = { timeout: 60_000 };
const CLEAR = '\x1b[2J\x1b[H';
const FORGED = 'x\nsrc/forged.ts:1:1  error  Sends nothing  [undeclared-recipient]\n';

/** A tracking call whose endpoint carries a terminal sequence and a right-to-left override. */
const TRACKER = `export function trackSignup(user: { email: string }): void {
  navigator.sendBeacon('https://track.example.com/${CLEAR}e\u202Egnp.exe', JSON.stringify({ email: user.email }));
}
`;

function hostileNames(): string {
  return hostileWorkspace(
    {
      'src/customer.ts': CUSTOMER_TYPE,
      [`src/${CLEAR}signup.ts`]: SIGNUP_SERVICE,
      [`src/${FORGED}.ts`]: SIGNUP_SERVICE.replace('registerCustomer', 'registerLead'),
      'src/track\u202Ests.ts': TRACKER,
      [`src/${CLEAR}broken.min.js`]: 'x',
    },
    { git: true },
  );
}

describe('escaping: what a workspace names is echoed safely in every medium', () => {
  it('text: no escape sequence reaches the terminal, no line can be forged', T, () => {
    const run = disclose(['check', '.'], hostileNames());
    assertNoCrash(run);
    assert.equal(run.status, 1, run.stderr);
    for (const out of [run.stdout, run.stderr]) {
      assert.doesNotMatch(out, /[\x1b\u202e]/);
      assert.doesNotMatch(out, /^src\/forged\.ts/m);
    }
    assert.match(run.stdout, /src\/\\u001b\[2J\\u001b\[Hsignup\.ts:\d+:\d+ {2}error/);
    assert.match(run.stdout, /\\u000asrc\/forged\.ts:1:1/);
    assert.match(run.stdout, /\\u202e/);
    assert.match(run.stderr, /skipped src\/\\u001b\[2J\\u001b\[Hbroken\.min\.js/);
    assert.equal(
      run.stdout
        .trim()
        .split('\n')
        .filter((l) => /^src\//.test(l)).length,
      3,
    );
  });

  it('GitHub annotations: one command per line, controls escaped', T, () => {
    const run = disclose(['check', '.', '--format', 'github'], hostileNames());
    assertNoCrash(run);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 3);
    for (const l of lines) {
      assert.match(l, /^::error file=/);
      assert.doesNotMatch(l, /[\x00-\x1f\x7f\u202e]/);
    }
  });

  it('GitLab and report Markdown carry no raw control or bidi character', T, () => {
    const dir = hostileNames();
    const gitlab = disclose(['check', '.', '--format', 'gitlab'], dir);
    assertNoCrash(gitlab);
    assert.doesNotMatch(gitlab.stdout, /[\x1b\u202e]/);
    for (const d of JSON.parse(gitlab.stdout) as Array<{ description: string }>) assert.doesNotMatch(d.description, /[\x00-\x1f\u202e]/);
    const report = disclose(['report', '.'], dir);
    assertNoCrash(report);
    assert.equal(report.status, 0, report.stderr);
    assert.doesNotMatch(report.stdout, /[\x1b\u202e]/);
    assert.doesNotMatch(report.stdout, /^src\/forged\.ts/m);
  });

  it('a policy pack link that is not http(s) is refused with a located error', T, () => {
    const pack = fs
      .readFileSync(path.join(__dirname, '..', '..', '..', 'rules', 'policies', 'visma-no.yaml'), 'utf8')
      .replace(/^(\s+href: )https:\/\/www\.visma\.no\/[^\n]*/m, '$1"javascript:alert(document.cookie)"');
    const dir = hostileWorkspace(
      {
        'src/customer.ts': CUSTOMER_TYPE,
        'src/signup.ts': SIGNUP_SERVICE,
        'policy/pack.yaml': pack.replace(/^id: visma-no/m, 'id: acme'),
        '.disclose.yaml': 'policy: policy/pack.yaml\n',
      },
      { git: true },
    );
    const run = disclose(['check', '.'], dir);
    assertNoCrash(run);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /policy\/pack\.yaml:\d+:\d+: A link must be an http\(s\) URL/);
  });

  it('HTML and SARIF link only http(s), whatever a pack holds', () => {
    const real = resolvePolicyPack('visma-no', undefined);
    const pack: PolicyPack = {
      ...real,
      source: { title: 'x', href: 'javascript:alert(1)' },
      clauses: real.clauses.map((c) => ({ ...c, href: 'javascript:alert(1)' })),
    };
    const html = renderHtml(buildSharingReport([], pack, [], '/w', 0));
    assert.doesNotMatch(html, /href="javascript:/i);
    const md = renderMarkdown(buildSharingReport([], pack, [], '/w', 0));
    assert.doesNotMatch(md, /\]\(<?javascript:/i);
    const sarif = JSON.stringify(toSarif([], '/w', { version: 't', policies: [pack] }));
    assert.doesNotMatch(sarif, /"(helpUri|informationUri)":"javascript:/i);
  });

  it('escapes each medium by its own rules', () => {
    assert.equal(escapeControls('a\x1b[31mb\nc\u2066d'), 'a\\u001b[31mb\\u000ac\\u2066d');
    assert.equal(escapeMarkdown('[x](javascript:y) <img> *b* | c'), '\\[x\\](javascript:y) &lt;img\\> \\*b\\* \\| c');
    assert.equal(escapeMarkdown('# title'), '\\# title');
  });
});
