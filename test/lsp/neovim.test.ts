import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLES, PROJECT_ROOT } from '../support/paths';
import { readmeBlock, serverOnPath } from '../support/readme-snippets';
import { skipUnlessAvailable } from '../support/required-suites';
import { makeTempDir } from '../support/temp-dir';

const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

describe('Neovim built-in LSP client', { skip: skipUnlessAvailable('nvim', hasNvim, 'nvim is not installed; .ci/run installs it') }, () => {
  it('shows Disclose diagnostics, a hover and the quick fixes', () => {
    const workspace = makeTempDir('disclose-nvim-');
    fs.cpSync(EXAMPLES, workspace, { recursive: true });
    const file = path.join(workspace, 'server', 'src', 'routes', 'support.ts');
    const home = makeTempDir('disclose-nvim-home-');
    const run = spawnSync(
      'nvim',
      [
        '--headless',
        '--clean',
        '-u',
        'NONE',
        '-i',
        'NONE',
        '-n',
        '-c',
        `luafile ${path.join(PROJECT_ROOT, 'test', 'editors', 'nvim-probe.lua')}`,
        '--',
        file,
        path.join(PROJECT_ROOT, 'dist', 'server.js'),
        workspace,
      ],
      {
        encoding: 'utf8',
        timeout: 60000,
        env: { ...process.env, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home },
      },
    );
    const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
    assert.ok(line, `no JSON from nvim: ${run.stdout}\n${run.stderr}`);
    const out = JSON.parse(line);
    assert.equal(out.ok, true, out.error);
    assert.deepEqual(
      out.diagnostics.map((d: { line: number; code: string }) => `${d.line + 1}:${d.code}`),
      ['22:public-disclosure', '37:category-not-permitted'],
    );
    for (const d of out.diagnostics) {
      assert.equal(d.source, 'disclose');
      // Neovim 0.7 does not declare codeDescriptionSupport, so the server leaves the link out.
      assert.equal(d.href, undefined);
    }
    assert.match(out.hover.value, /public-disclosure/);
    assert.match(out.hover.value, /Visma Community/);
    const titles = out.actions.map((a: { title: string }) => a.title);
    assert.ok(
      titles.some((t: string) => t.startsWith('Open the policy clause')),
      titles.join(' | '),
    );
    assert.ok(out.actions.some((a: { title: string; hasEdit: boolean }) => a.title.startsWith('Suppress') && a.hasEdit));
    assert.equal(out.actions.filter((a: { preferred: boolean }) => a.preferred).length, 1);
  });

  it("the README's snippet attaches Disclose to TypeScript buffers (Neovim 0.7's API)", () => {
    const workspace = makeTempDir('disclose-nvim-readme-');
    fs.cpSync(EXAMPLES, workspace, { recursive: true });
    const home = makeTempDir('disclose-nvim-home-');
    const init = path.join(home, 'init.lua');
    fs.writeFileSync(init, readmeBlock('lua', 'disclose-language-server'));
    const bin = serverOnPath();
    const run = spawnSync(
      'nvim',
      [
        '--headless',
        '-u',
        init,
        '-i',
        'NONE',
        '-n',
        path.join('server', 'src', 'routes', 'support.ts'),
        '-c',
        `luafile ${path.join(PROJECT_ROOT, 'test', 'editors', 'wait-for-diagnostics.lua')}`,
      ],
      {
        cwd: workspace,
        encoding: 'utf8',
        timeout: 60000,
        env: {
          ...process.env,
          PATH: `${bin}${path.delimiter}${process.env.PATH}`,
          XDG_CONFIG_HOME: home,
          XDG_DATA_HOME: home,
          XDG_STATE_HOME: home,
          XDG_CACHE_HOME: home,
        },
      },
    );
    const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
    assert.ok(line, `no JSON from nvim: ${run.stdout}\n${run.stderr}`);
    const out = JSON.parse(line);
    assert.equal(out.filetype, 'typescript');
    assert.equal(out.ok, true, JSON.stringify(out));
    assert.deepEqual(out.clients, ['disclose']);
    assert.deepEqual(
      out.diagnostics.map((d: { line: number; code: string }) => `${d.line + 1}:${d.code}`),
      ['22:public-disclosure', '37:category-not-permitted'],
    );
  });
});
