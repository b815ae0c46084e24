// `npm run pack:cli`: the npm package `disclose-privacy` (the CLI and the language server).
// A staging folder gets the bundles (dependency-free: esbuild puts every runtime dependency in),
// the rules with their build-time snapshot, README and LICENSE, and a package.json of its own
// without dependencies; `npm pack` there writes the tarball. Usage:
//   node scripts/pack-cli.mjs [--out DIR]     (default: the project root)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const out = resolve(outFlag > 0 ? process.argv[outFlag + 1] : root);
const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const stage = mkdtempSync(join(tmpdir(), 'disclose-pack-cli-'));
try {
  // rules/ first: the snapshot step finds it beside dist/, as the installed package will.
  cpSync(join(root, 'rules'), join(stage, 'rules'), { recursive: true });
  for (const f of ['README.md', 'LICENSE']) cpSync(join(root, f), join(stage, f));
  execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--production', `--outdir=${join(stage, 'dist')}`, '--entries=cli,server'], {
    cwd: root,
    stdio: 'inherit',
  });
  const manifest = {
    name: 'disclose-privacy',
    version: project.version,
    description:
      'Disclose: finds where TypeScript and JavaScript code shares personal data, checked against your privacy policy (CLI and language server).',
    license: project.license,
    repository: project.repository,
    keywords: project.keywords,
    engines: { node: project.engines.node },
    bin: { disclose: 'dist/cli.js', 'disclose-language-server': 'dist/server.js' },
    files: ['dist/cli.js', 'dist/server.js', 'dist/rules-snapshot.json', 'rules/'],
  };
  writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  mkdirSync(out, { recursive: true });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }));
  process.stdout.write(`${join(out, packed[0].filename)}\n`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
