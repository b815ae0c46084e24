// The floor of any analyser built on the TypeScript AST: parse every file, nothing else.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.(ts|tsx|mts|cts)$/.test(p) && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}
const keep = [];
for (const f of walk(process.argv[2])) keep.push(ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true));
process.stdout.write(String(keep.length));
