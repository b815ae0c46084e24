// The parse floor over exactly the files `disclose check` analyses in a folder: the same
// discovery (skipped dependencies, build output, test code, .gitignore), every file parsed
// with the TypeScript parser and kept, nothing else.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
const { discoverFiles } = require(path.join(__dirname, '..', 'out', 'server', 'src', 'analysis', 'workspace', 'workspace-files.js'));
const { scriptKindOf } = require(path.join(__dirname, '..', 'out', 'server', 'src', 'analysis', 'workspace', 'source-kinds.js'));

const root = path.resolve(process.argv[2]);
const { files } = discoverFiles({ root, paths: [root], maxFileBytes: 1024 * 1024 });
const keep = [];
for (const f of files) keep.push(ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true, scriptKindOf(f)));
process.stdout.write(String(keep.length));
