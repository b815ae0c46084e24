// One build for every entry: the CLI, the language server (next) and the extension client.
// Server-side entries are bundled whole (the .vsix ships no node_modules); the client keeps
// `vscode` external because the editor provides it.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --outdir=DIR and --entries=cli,server: the npm package of the CLI (scripts/pack-cli.mjs).
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outdir = option('outdir') ?? 'dist';
const only = option('entries')?.split(',');

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/accuracy/main.ts', out: 'accuracy' },
  { in: 'server/src/lsp/main.ts', out: 'server', banner: '#!/usr/bin/env node' },
  { in: 'client/src/extension.ts', out: 'client', external: ['vscode'] },
].filter((e) => existsSync(e.in) && (!only || only.includes(e.out)));

// Every module of ours imports the compiler as `import ts from 'typescript'`, and esbuild wraps
// a CommonJS package anew at each such import: 35 copies of its ~2,600 exports at every start.
// All of them take the one wrapped in typescript-default.ts instead.
const shim = path.resolve('server/src/build/typescript-default.ts');
const oneTypeScript = {
  name: 'one-typescript',
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, (args) => (args.importer === shim ? undefined : { path: shim }));
  },
};

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      entryPoints: { [e.out]: e.in },
      outdir,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: e.external ?? [],
      plugins: [oneTypeScript],
      sourcemap: !production,
      minify: production,
      banner: e.banner ? { js: e.banner } : undefined,
      logLevel: 'warning',
      define: { SERVER_VERSION: JSON.stringify(version) },
    }),
  ),
);

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const e of entries) asciiOnly(path.join(outdir, `${e.out}.js`));
  await snapshotRules();
}

// V8 keeps a script with one non-ASCII character (a `→` in a comment, `ø` in a regular
// expression) as a two-byte string: twice the memory, and slower to read and compile at every
// start. A \u escape means the same in strings, templates, regular expressions, identifiers and
// comments; only a sourcemap column on those few lines moves.
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  writeFileSync(
    file,
    text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

// The built-in rules, parsed and validated once here instead of at every start.
async function snapshotRules() {
  const script = `${outdir}/.snapshot-rules.js`;
  await esbuild.build({
    entryPoints: ['server/src/build/snapshot-rules.ts'],
    outfile: script,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  try {
    execFileSync(process.execPath, [script, outdir], { stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    rmSync(script, { force: true });
  }
}
