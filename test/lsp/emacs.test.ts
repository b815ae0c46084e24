import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLES, PROJECT_ROOT } from '../support/paths';
import { readmeBlock, serverOnPath } from '../support/readme-snippets';
import { skipUnlessAvailable } from '../support/required-suites';
import { makeTempDir } from '../support/temp-dir';

/** Emacs with eglot: built in from Emacs 29, from Debian's elpa-eglot on Emacs 28. */
function hasEmacsWithEglot(): boolean {
  const probe = spawnSync(
    'emacs',
    [
      '--batch',
      '-Q',
      '--eval',
      '(progn (require (quote package)) (add-to-list (quote package-directory-list) "/usr/share/emacs/site-lisp/elpa") (package-initialize) (require (quote eglot)))',
    ],
    { encoding: 'utf8', timeout: 30000 },
  );
  return probe.status === 0;
}

describe(
  'Emacs with eglot',
  {
    skip: skipUnlessAvailable('emacs', hasEmacsWithEglot(), 'emacs with eglot is not installed; .ci/run installs emacs-nox and elpa-eglot'),
  },
  () => {
    it("the README's disclose-eglot command shows Disclose's diagnostics through flymake", () => {
      const workspace = makeTempDir('disclose-emacs-');
      fs.cpSync(EXAMPLES, workspace, { recursive: true });
      // A checkout, as users have: eglot (project.el) takes the repository as the workspace root,
      // and the .disclose.yaml at its top governs the file.
      spawnSync('git', ['init', '-q'], { cwd: workspace });
      const home = makeTempDir('disclose-emacs-home-');
      const snippet = path.join(home, 'disclose-eglot.el');
      fs.writeFileSync(snippet, readmeBlock('elisp', 'disclose-language-server'));
      const bin = serverOnPath();
      const run = spawnSync(
        'emacs',
        [
          '--batch',
          '-Q',
          '-l',
          path.join(PROJECT_ROOT, 'test', 'editors', 'emacs-readme-probe.el'),
          snippet,
          path.join(workspace, 'server', 'src', 'routes', 'support.ts'),
        ],
        {
          cwd: workspace,
          encoding: 'utf8',
          timeout: 90000,
          env: {
            ...process.env,
            HOME: home,
            PATH: `${bin}${path.delimiter}${process.env.PATH}`,
            XDG_CONFIG_HOME: home,
            XDG_DATA_HOME: home,
            XDG_CACHE_HOME: home,
          },
        },
      );
      const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
      assert.ok(line, `no JSON from emacs: ${run.stdout}\n${run.stderr}`);
      const out = JSON.parse(line);
      assert.equal(out.ok, true, JSON.stringify(out));
      assert.equal(out.server, 'disclose-language-server');
      const lines = out.diagnostics.map((d: { line: number }) => d.line).sort((a: number, b: number) => a - b);
      assert.deepEqual(lines, [22, 37]);
      assert.ok(
        out.diagnostics.every((d: { message: string }) => /Visma Community/.test(d.message)),
        JSON.stringify(out.diagnostics),
      );
    });
  },
);
