import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../support/paths';
import { skipUnlessAvailable } from '../support/required-suites';
import { runCli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

describe('disclose report', () => {
  const out = makeTempDir('disclose-report-');

  it('Markdown: by clause, uncovered flows, consistency and the Art. 30 table', () => {
    const run = runCli(['report', 'examples'], PROJECT_ROOT);
    assert.equal(run.status, 0, run.stderr);
    const md = run.stdout;
    const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(sections, ['Sharing by clause', 'Flows no clause covers', 'Policy and code consistency', 'Data categories × recipient categories']);
    const forum = md.slice(md.indexOf('(`forum`)'), md.indexOf('(`partners`)'));
    assert.match(forum, /\*\*Visma Community\*\* \(`visma-community`, public forum\) receives .*`user\.health_and_medical`/);
    assert.match(forum, /\[server\/src\/routes\/support\.ts:37\]\(server\/src\/routes\/support\.ts#L37\) \(category-not-permitted\)/);
    const group = md.slice(md.indexOf('(`within-group`)'), md.indexOf('(`forum`)'));
    assert.match(group, /Visma Kundesenter .* receives/, 'permitted flows are in the report too');
    assert.match(md, /\*\*hooks\.zapier\.com\*\* \(not a declared recipient\)/);
    assert.match(md, /\| data category \| public-forum \| group-company|\| data category \| group-company \| public-forum/);
  });

  it('HTML: one self-contained file a reader sees in a real browser', { skip: skipUnlessAvailable('chromium', !!CHROMIUM, 'Debian chromium is not installed; .ci/run installs it') }, () => {
    const file = path.join(out, 'report.html');
    assert.equal(runCli(['report', 'examples', '--format', 'html', '--output', file], PROJECT_ROOT).status, 0);
    const html = fs.readFileSync(file, 'utf8');
    assert.ok(!/<script|<link|<img|<iframe|@import|url\(/i.test(html), 'no scripts, stylesheets, images or other requests');
    const profile = makeTempDir('disclose-chromium-');
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`];
    const dom = spawnSync(CHROMIUM!, [...flags, '--dump-dom', pathToFileURL(file).href], { encoding: 'utf8', timeout: 60000 });
    assert.equal(dom.status, 0, dom.stderr);
    const text = dom.stdout.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
    assert.match(text, /How this codebase shares personal data/);
    for (const clause of ['Within the Visma group', "Visma's online forums", 'Visma partners', 'Public authorities', 'Mergers and acquisitions']) assert.ok(text.includes(clause), clause);
    assert.match(text, /Visma Community visma-community · public forum receives/);
    assert.match(text, /Flows no clause covers .*hooks\.zapier\.com · not a declared recipient/);
    assert.match(text, /Data categories × recipient categories/);
    const rows = [...dom.stdout.matchAll(/<tr>(.*?)<\/tr>/g)].length;
    assert.ok(rows >= 6, `${rows} table rows`);
    const png = path.join(out, 'report.png');
    const shot = spawnSync(CHROMIUM!, [...flags, `--screenshot=${png}`, '--window-size=1200,1600', pathToFileURL(file).href], { encoding: 'utf8', timeout: 60000 });
    assert.equal(shot.status, 0, shot.stderr);
    assert.ok(fs.statSync(png).size > 20000, 'the page renders');
  });
});
