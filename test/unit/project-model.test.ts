import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { ANALYSIS_OPTIONS, ProjectModel } from '../../server/src/analysis/workspace/project-model';
import { exportTargets } from '../../server/src/analysis/workspace/workspace-packages';
import { writeProject } from '../support/temp-project';

/** A temporary repository (it holds `.git`, which bounds the model's upward search). */
function writeRepo(files: Record<string, string>): string {
  const dir = writeProject(files);
  fs.mkdirSync(path.join(dir, '.git'));
  return dir;
}

const rel = (dir: string, f: string | undefined) => (f ? path.relative(dir, f).split(path.sep).join('/') : undefined);

describe('project model: tsconfig discovery, extends and paths', () => {
  it('resolves an alias with the settings of the config that owns the importing file', () => {
    // Two apps use the same `@/*` alias, each for its own src/: one program, two meanings.
    const dir = writeRepo({
      'apps/admin/tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
      'apps/admin/src/lib/api.ts': 'export const admin = 1;\n',
      'apps/admin/src/page.ts': "import { admin } from '@/lib/api';\n",
      'apps/shop/tsconfig.json': '{ "compilerOptions": { "baseUrl": "src", "paths": { "@/*": ["./*"] } } }',
      'apps/shop/src/lib/api.ts': 'export const shop = 1;\n',
      'apps/shop/src/checkout/page.ts': "import { shop } from '@/lib/api';\n",
    });
    const model = new ProjectModel(dir);
    assert.equal(
      rel(dir, model.resolveModule('@/lib/api', path.join(dir, 'apps/admin/src/page.ts'))?.resolvedFileName),
      'apps/admin/src/lib/api.ts',
    );
    assert.equal(
      rel(dir, model.resolveModule('@/lib/api', path.join(dir, 'apps/shop/src/checkout/page.ts'))?.resolvedFileName),
      'apps/shop/src/lib/api.ts',
    );
    // A bare name without an alias is an installed package: never resolved.
    assert.equal(model.resolveModule('react', path.join(dir, 'apps/admin/src/page.ts')), undefined);
  });

  it('resolves relative imports as the compiler does, in its order of candidates', () => {
    // The shapes apps write: Angular's dotted names, components in .tsx only, a folder's index
    // beside a file of the same name, declarations only, JavaScript, a CSS module with its own
    // declaration file, and an extension written out.
    const dir = writeRepo({
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
      'src/app/user.service.ts': 'export class UserService {}\n',
      'src/app/button.tsx': 'export const Button = () => null;\n',
      'src/app/lib/index.ts': 'export const lib = 1;\n',
      'src/app/both.ts': 'export const both = "file";\n',
      'src/app/both/index.ts': 'export const both = "folder";\n',
      'src/app/env.d.ts': 'export declare const env: string;\n',
      'src/app/legacy.js': 'module.exports = {};\n',
      'src/app/styles.css': '.a {}\n',
      'src/app/styles.d.css.ts': 'declare const s: Record<string, string>;\nexport default s;\n',
      'src/app/styles.css.ts': 'export default {};\n',
      'src/app/client.ts': 'export const client = 1;\n',
      'src/shared/format.ts': 'export const format = 1;\n',
      'src/app/page.tsx': "import './user.service';\n",
    });
    const model = new ProjectModel(dir);
    const from = path.join(dir, 'src/app/page.tsx');
    const options: ts.CompilerOptions = {
      ...ANALYSIS_OPTIONS,
      paths: { '@/*': [path.join(dir, 'src/*')] },
      pathsBasePath: dir,
    };
    const specifiers = [
      './user.service',
      './button',
      './lib',
      './both',
      './env',
      './legacy',
      './styles.css',
      './client.js',
      '../shared/format',
      '@/shared/format',
      './missing',
    ];
    for (const spec of specifiers) {
      const expected = ts.resolveModuleName(spec, from, options, ts.sys).resolvedModule?.resolvedFileName;
      assert.equal(rel(dir, model.resolveModule(spec, from)?.resolvedFileName), rel(dir, expected), spec);
    }
    assert.equal(rel(dir, model.resolveModule('./both', from)?.resolvedFileName), 'src/app/both.ts');
    assert.equal(rel(dir, model.resolveModule('./styles.css', from)?.resolvedFileName), 'src/app/styles.d.css.ts');
  });

  it('follows extends (relative, a config package in the workspace and one in node_modules), with comments and trailing commas', () => {
    const dir = writeRepo({
      'package.json': '{ "name": "root", "private": true, "workspaces": ["packages/*", "apps/*"] }',
      'packages/config/package.json': '{ "name": "@acme/config" }',
      'packages/config/base.json':
        '{\n  // shared by the apps\n  "compilerOptions": { "paths": { "#shared/*": ["../../shared/*"], }, },\n}',
      'node_modules/@tsconfig/strictest/package.json': '{ "name": "@tsconfig/strictest" }',
      'node_modules/@tsconfig/strictest/tsconfig.json': '{ "compilerOptions": { "strict": true, "rootDirs": ["./a", "./b"] } }',
      'apps/web/tsconfig.json':
        '{ "extends": ["@tsconfig/strictest/tsconfig.json", "./tsconfig.paths.json"], "compilerOptions": { "rootDirs": ["src", "generated"] } }',
      'apps/web/tsconfig.paths.json': '{ "extends": "@acme/config/base.json" }',
      'apps/web/src/a.ts': "import { x } from '#shared/x';\nimport { routes } from './routes';\n",
      'apps/web/generated/routes.ts': 'export const routes = [];\n',
      'apps/api/tsconfig.json': '{ "extends": "@acme/config/base.json", "compilerOptions": { "baseUrl": "./src" } }',
      'shared/x.ts': 'export const x = 1;\n',
    });
    const model = new ProjectModel(dir);
    const web = path.join(dir, 'apps/web/src/a.ts');
    const owner = model.ownerOf(web)!;
    assert.equal(rel(dir, owner.file), 'apps/web/tsconfig.json');
    // Without a baseUrl, paths stay relative to the config that wrote them (packages/config).
    assert.deepEqual(owner.paths, { '#shared/*': [path.join(dir, 'shared/*')] });
    assert.equal(rel(dir, model.resolveModule('#shared/x', web)?.resolvedFileName), 'shared/x.ts');
    // Own rootDirs win over the base's, relative to the config that wrote them.
    assert.equal(rel(dir, model.resolveModule('./routes', web)?.resolvedFileName), 'apps/web/generated/routes.ts');
    // With a baseUrl anywhere in the chain, inherited paths are relative to it.
    assert.deepEqual(model.ownerOf(path.join(dir, 'apps/api/src/main.ts'))!.paths, { '#shared/*': [path.join(dir, 'apps/shared/*')] });
    const inputs = model.inputs().map((i) => rel(dir, i.file));
    for (const f of ['packages/config/base.json', 'node_modules/@tsconfig/strictest/tsconfig.json', 'apps/web/tsconfig.paths.json'])
      assert.ok(inputs.includes(f), `${f} is an input`);
  });

  it('survives an extends cycle and a missing base, and reports them', () => {
    const dir = writeRepo({
      'tsconfig.json': '{ "extends": "./tsconfig.b.json", "compilerOptions": { "paths": { "~/*": ["./src/*"] } } }',
      'tsconfig.b.json': '{ "extends": ["./tsconfig.json", "./missing.json"] }',
      'src/a.ts': 'export const a = 1;\n',
    });
    const model = new ProjectModel(dir);
    const owner = model.ownerOf(path.join(dir, 'src/a.ts'))!;
    assert.ok(owner.paths?.['~/*'], 'own settings still apply');
    assert.ok(
      owner.problems.some((p) => /extends itself/.test(p)),
      owner.problems.join('\n'),
    );
    assert.ok(
      owner.problems.some((p) => /missing\.json/.test(p)),
      owner.problems.join('\n'),
    );
  });

  it('gives a solution-style tsconfig’s files to the referenced config whose include takes them in', () => {
    const dir = writeRepo({
      'web/tsconfig.json': '{ "files": [], "references": [{ "path": "./tsconfig.app.json" }, { "path": "./tsconfig.node.json" }] }',
      'web/tsconfig.app.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } }, "include": ["src"] }',
      'web/tsconfig.node.json': '{ "include": ["vite.config.ts"] }',
      'web/src/main.ts': '',
      'web/vite.config.ts': '',
      'web/scripts/seed.ts': '',
    });
    const model = new ProjectModel(dir);
    assert.equal(rel(dir, model.ownerOf(path.join(dir, 'web/src/main.ts'))?.file), 'web/tsconfig.app.json');
    assert.equal(rel(dir, model.ownerOf(path.join(dir, 'web/vite.config.ts'))?.file), 'web/tsconfig.node.json');
    // Taken in by none: the nearest config still owns it.
    assert.equal(rel(dir, model.ownerOf(path.join(dir, 'web/scripts/seed.ts'))?.file), 'web/tsconfig.json');
  });

  it('does not walk above the repository root, and a tsconfig.base.json at the root owns files without a nearer config', () => {
    const outer = writeProject({ 'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./elsewhere/*"] } } }' });
    const dir = path.join(outer, 'repo');
    fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'libs/a/src'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'tsconfig.base.json'),
      '{ "compilerOptions": { "baseUrl": ".", "paths": { "@org/a": ["libs/a/src/index.ts"] } } }',
    );
    fs.writeFileSync(path.join(dir, 'libs/a/src/index.ts'), 'export const a = 1;\n');
    const model = new ProjectModel(path.join(dir, 'libs/a'));
    assert.equal(model.boundary, dir);
    assert.equal(rel(dir, model.ownerOf(path.join(dir, 'libs/a/src/index.ts'))?.file), 'tsconfig.base.json');
    assert.equal(
      model.enclosingWorkspace([path.join(dir, 'libs/a/src/index.ts')]),
      dir,
      'the paths base above the scanned folder is its monorepo',
    );
  });
});

describe('project model: workspace packages', () => {
  it('reads pnpm-workspace.yaml globs (with negations) and npm/yarn workspaces in both shapes', () => {
    const pnpm = writeRepo({
      'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'packages/**'\n  - '!**/fixtures/**'\n",
      'apps/web/package.json': '{ "name": "web" }',
      'packages/ui/package.json': '{ "name": "@acme/ui" }',
      'packages/tools/lint/package.json': '{ "name": "@acme/lint" }',
      'packages/ui/fixtures/demo/package.json': '{ "name": "demo-fixture" }',
      'packages/ui/node_modules/leftpad/package.json': '{ "name": "leftpad" }',
    });
    const names = (dir: string) =>
      new ProjectModel(dir)
        .workspacePackagesFrom(dir)
        .map((p) => p.name)
        .sort();
    assert.deepEqual(names(pnpm), ['@acme/lint', '@acme/ui', 'web']);
    const npm = writeRepo({ 'package.json': '{ "workspaces": ["services/*"] }', 'services/api/package.json': '{ "name": "api" }' });
    assert.deepEqual(names(npm), ['api']);
    const yarn = writeRepo({
      'package.json': '{ "workspaces": { "packages": ["libs/*"], "nohoist": ["**/x"] } }',
      'libs/core/package.json': '{ "name": "@y/core" }',
    });
    assert.deepEqual(names(yarn), ['@y/core']);
  });

  it('reads exports maps: subpaths, nested conditions, patterns and the longest pattern prefix', () => {
    const exports = {
      '.': { types: './dist/index.d.ts', import: './dist/index.mjs', require: './dist/index.cjs' },
      './server': { node: { import: './dist/server.mjs', require: './dist/server.cjs' }, browser: './dist/browser.js' },
      './*': './dist/*.js',
      './icons/*': { default: './dist/icons/*/index.js' },
      './internal/*': null,
    };
    assert.deepEqual(exportTargets(exports, '.'), ['./dist/index.d.ts', './dist/index.mjs', './dist/index.cjs']);
    assert.deepEqual(exportTargets(exports, './server'), ['./dist/server.mjs', './dist/server.cjs']);
    assert.deepEqual(exportTargets(exports, './icons/user'), ['./dist/icons/user/index.js']);
    assert.deepEqual(exportTargets(exports, './format/date'), ['./dist/format/date.js']);
    assert.deepEqual(exportTargets(exports, './internal/secret'), []);
    assert.deepEqual(exportTargets('./main.js', '.'), ['./main.js']);
    assert.deepEqual(exportTargets({ import: './a.mjs', default: './a.js' }, './sub'), []);
  });

  it('a bare specifier resolves per package scope: each package its own `imports` and own name, every folder of one package alike', () => {
    // Both packages sit under one tsconfig with an alias, so their files share an owner: only
    // the package.json nearest the importing folder tells `#db` and the self-name import apart.
    const dir = writeRepo({
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./shared/*"] } } }',
      'shared/format.ts': 'export const format = 1;\n',
      'packages/billing/package.json':
        '{ "name": "@acme/billing", "imports": { "#db": "./src/db.ts" }, "exports": { "./client": "./src/client.ts" } }',
      'packages/billing/src/db.ts': 'export const db = "billing";\n',
      'packages/billing/src/client.ts': 'export const client = 1;\n',
      'packages/billing/src/jobs/deep/run.ts': "import { db } from '#db';\n",
      'packages/billing/src/invoice.ts': "import { db } from '#db';\nimport { client } from '@acme/billing/client';\n",
      'packages/mail/package.json': '{ "name": "@acme/mail", "imports": { "#db": "./lib/db.ts" } }',
      'packages/mail/lib/db.ts': 'export const db = "mail";\n',
      'packages/mail/lib/send.ts': "import { db } from '#db';\nimport { format } from '@/format';\n",
    });
    const model = new ProjectModel(dir);
    const from = (f: string, spec: string) => rel(dir, model.resolveModule(spec, path.join(dir, f))?.resolvedFileName);
    assert.equal(from('packages/billing/src/invoice.ts', '#db'), 'packages/billing/src/db.ts');
    assert.equal(from('packages/billing/src/jobs/deep/run.ts', '#db'), 'packages/billing/src/db.ts');
    assert.equal(from('packages/mail/lib/send.ts', '#db'), 'packages/mail/lib/db.ts');
    assert.equal(from('packages/billing/src/invoice.ts', '@acme/billing/client'), 'packages/billing/src/client.ts');
    assert.equal(from('packages/mail/lib/send.ts', '@/format'), 'shared/format.ts');
    assert.equal(from('packages/billing/src/jobs/deep/run.ts', '@/format'), 'shared/format.ts');
  });

  it('resolves workspace imports to sources: exports, dist → src, main/types, the src/index fallback; never node_modules', () => {
    const dir = writeRepo({
      'pnpm-workspace.yaml': 'packages: ["packages/*", "apps/*"]\n',
      'packages/email/package.json': JSON.stringify({
        name: '@acme/email',
        exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './server': { import: './dist/server/index.mjs' } },
      }),
      'packages/email/src/index.ts': 'export const send = 1;\n',
      'packages/email/src/server/index.ts': 'export const server = 1;\n',
      'packages/legacy/package.json': JSON.stringify({ name: 'legacy-utils', main: 'lib/index.js' }),
      'packages/legacy/lib/index.js': 'module.exports = { legacy: true };\n',
      'packages/typed/package.json': JSON.stringify({ name: '@acme/typed', types: 'build/types/index.d.ts', main: 'build/cjs/index.js' }),
      'packages/typed/src/index.tsx': 'export const typed = 1;\n',
      'packages/bare/package.json': JSON.stringify({ name: '@acme/bare' }),
      'packages/bare/src/index.ts': 'export const bare = 1;\n',
      'apps/web/package.json': JSON.stringify({ name: 'web' }),
      'apps/web/src/page.ts': '',
      'node_modules/not-ours/package.json': JSON.stringify({ name: 'not-ours', main: 'index.js' }),
      'node_modules/not-ours/index.js': '',
    });
    const model = new ProjectModel(dir);
    const from = path.join(dir, 'apps/web/src/page.ts');
    const resolve = (spec: string) => rel(dir, model.resolveModule(spec, from)?.resolvedFileName);
    assert.equal(resolve('@acme/email'), 'packages/email/src/index.ts');
    assert.equal(resolve('@acme/email/server'), 'packages/email/src/server/index.ts');
    assert.equal(
      resolve('legacy-utils'),
      'packages/legacy/lib/index.js',
      'an existing JavaScript entry outside build output is the source',
    );
    assert.equal(resolve('@acme/typed'), 'packages/typed/src/index.tsx');
    assert.equal(resolve('@acme/bare'), 'packages/bare/src/index.ts');
    assert.equal(resolve('not-ours'), undefined);
    assert.equal(resolve('@acme/missing'), undefined);
  });
});

describe('project model: hostile build descriptions', () => {
  it('stays bounded: broken globs, deep extends chains, deep condition objects, a FIFO named tsconfig.json', () => {
    const chain: Record<string, string> = {};
    for (let i = 0; i < 20; i++)
      chain[`cfg/c${i}.json`] = JSON.stringify({
        extends: `./c${i + 1}.json`,
        compilerOptions: i === 19 ? { paths: { deep: ['./deep.ts'] } } : {},
      });
    let deep: unknown = './src/deep.ts';
    for (let i = 0; i < 40; i++) deep = { default: deep };
    const dir = writeRepo({
      'pnpm-workspace.yaml': "packages:\n  - 'packages/[broken'\n  - 'packages/*'\n  - '!(x'\n",
      'packages/nested/package.json': JSON.stringify({ name: 'nested', exports: { '.': deep } }),
      'packages/nested/src/index.ts': 'export const n = 1;\n',
      'packages/nested/src/deep.ts': 'export const d = 1;\n',
      'app/tsconfig.json': JSON.stringify({ extends: '../cfg/c0.json' }),
      'app/main.ts': '',
      ...chain,
    });
    fs.mkdirSync(path.join(dir, 'fifo'));
    const fifo = spawnSync('mkfifo', [path.join(dir, 'fifo', 'tsconfig.json')]);
    const model = new ProjectModel(dir);
    assert.deepEqual(
      model.workspacePackagesFrom(dir).map((p) => p.name),
      ['nested'],
    );
    // Conditions nested beyond the bound are not followed; the src/index fallback still is.
    assert.equal(rel(dir, model.resolveModule('nested', path.join(dir, 'app/main.ts'))?.resolvedFileName), 'packages/nested/src/index.ts');
    const owner = model.ownerOf(path.join(dir, 'app/main.ts'))!;
    assert.equal(owner.paths, undefined, 'settings beyond the extends depth limit are not read');
    assert.ok(owner.problems.some((p) => /deeper than/.test(p)));
    if (fifo.status === 0) assert.equal(model.ownerOf(path.join(dir, 'fifo', 'a.ts'))?.file, undefined, 'a FIFO is never opened');
  });
});
