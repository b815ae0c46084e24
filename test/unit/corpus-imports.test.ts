// Every relative import in a labelled corpus project names a file of that project: a dangling
// import makes the engine guess what the module holds, which real code never asks of it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS } from '../support/paths';

const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '.json'];
// `import … from './x'`, `export … from './x'`, `import './x'`, `import('./x')`, `require('./x')`.
const SPECIFIERS = [
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]*)['"]/g,
  /\bimport\s*['"](\.{1,2}\/[^'"]*)['"]/g,
  /\b(?:import|require)\s*\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*\)/g,
];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') sourceFiles(full, out);
    else if (entry.isFile() && SOURCE.test(entry.name)) out.push(full);
  }
  return out;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** As TypeScript and Node resolve a relative specifier: the file, an extension, an index, `.js` for `.ts`. */
export function resolvesRelative(from: string, specifier: string): boolean {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, 'index' + e))];
  const withoutJs = base.replace(/\.([cm]?)js(x?)$/, '');
  if (withoutJs !== base) candidates.push(...['.ts', '.tsx', '.mts', '.cts'].map((e) => withoutJs + e));
  return candidates.some(isFile);
}

export function relativeSpecifiers(text: string): string[] {
  const found: string[] = [];
  for (const re of SPECIFIERS) for (const m of text.matchAll(re)) found.push(m[1]!);
  return found;
}

describe('the labelled corpus', () => {
  it('reads every shape of relative import, and resolves them as the compiler does', () => {
    const text = `import a from './a';\nimport type { B } from "../b/index";\nexport * from './c.js';\nimport './styles';\nconst d = require('./d');\nconst e = await import('../e.mjs');\nimport x from 'axios';`;
    assert.deepEqual(relativeSpecifiers(text).sort(), ['../b/index', '../e.mjs', './a', './c.js', './d', './styles']);
    const file = path.join(CORPUS, 'fetch-signup-route', 'expected.yaml');
    assert.equal(resolvesRelative(file, './expected.yaml'), true);
    assert.equal(resolvesRelative(file, './no-such-module'), false);
  });

  it('has no relative import that points at a file that does not exist', () => {
    const dangling: string[] = [];
    let total = 0;
    for (const project of fs.readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of sourceFiles(path.join(CORPUS, project.name))) {
        for (const specifier of relativeSpecifiers(fs.readFileSync(file, 'utf8'))) {
          total++;
          if (!resolvesRelative(file, specifier)) dangling.push(`${path.relative(CORPUS, file)} → ${specifier}`);
        }
      }
    }
    assert.ok(total > 300, `only ${total} relative imports found: the scan is broken`);
    assert.deepEqual(dangling, []);
  });
});
