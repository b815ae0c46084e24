import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigResolver } from '../../server/src/analysis/config/config-resolver';
import { analyze } from '../../server/src/analysis/engine';
import type { Finding } from '../../server/src/analysis/flows/finding';
import { diffHunks, mapNewToOld, mapOldToNew } from '../../server/src/analysis/incremental/text-diff';
import { UnitMemo } from '../../server/src/analysis/incremental/unit-memo';
import { ImportGraph } from '../../server/src/analysis/workspace/import-graph';
import { SourceFileCache } from '../../server/src/analysis/workspace/program-builder';
import { discoverFiles } from '../../server/src/analysis/workspace/workspace-files';
import { CORPUS, EXAMPLES } from '../support/paths';
import { makeTempDir } from '../support/temp-dir';

/** The same seed gives the same edits. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

/** The edits of someone typing: new lines, comments, changed strings and names, lines removed or copied. */
function edit(text: string, r: () => number): string {
  const lines = text.split('\n');
  const at = Math.floor(r() * lines.length);
  switch (Math.floor(r() * 7)) {
    case 0:
      lines.splice(at, 0, '');
      break;
    case 1:
      lines[at] += ' // note';
      break;
    case 2:
      lines.splice(at, 0, '  // a comment of several words', '');
      break;
    case 3:
      lines[at] = lines[at]!.replace(/'([^']*)'/, "'$1x'");
      break;
    case 4:
      lines[at] = lines[at]!.replace(/\b(email|name|phone|id)\b/, '$1Value');
      break;
    case 5:
      lines.splice(at, 1);
      break;
    default:
      lines.splice(at, 0, lines[at] ?? '');
  }
  return lines.join('\n');
}

const strip = (fs: Finding[]) => JSON.stringify(fs);

function projects(): string[] {
  return [EXAMPLES, ...fs.readdirSync(CORPUS).map((d) => path.join(CORPUS, d))].filter((d) => fs.statSync(d).isDirectory());
}

describe('incremental analysis (the editor path)', () => {
  it('gives exactly the findings of a fresh analysis after every edit, over the corpus', () => {
    const r = rng(20261125);
    let steps = 0;
    let reused = 0;
    for (const dir of projects()) {
      const { files } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1024 * 1024 });
      if (files.length === 0) continue;
      const resolver = new ConfigResolver();
      const configFor = (f: string) => resolver.configFor(f);
      const overlay = new Map<string, string>();
      const sourceFiles = new SourceFileCache();
      const memo = new UnitMemo();
      let oldProgram = analyze({ root: dir, files, configFor, overlay, sourceFiles, memo }).program;
      // Edit one file at a time, as the server sees it: that file plus everything else.
      const history = new Map<string, string>();
      for (let k = 0; k < 6; k++) {
        const target = files[Math.floor(r() * files.length)]!;
        const current = overlay.get(target) ?? fs.readFileSync(target, 'utf8');
        // Now and then an undo and a new edit elsewhere at once: two changed places in one step.
        const base = history.has(target) && r() < 0.4 ? history.get(target)! : current;
        history.set(target, current);
        overlay.set(target, edit(base, r));
        const before = memo.stats.hits;
        const incremental = analyze({ root: dir, files, configFor, overlay, sourceFiles, memo, oldProgram });
        oldProgram = incremental.program;
        const fresh = analyze({ root: dir, files, configFor, overlay });
        assert.equal(strip(incremental.findings), strip(fresh.findings), `${path.basename(dir)}: after edit ${k} of ${path.relative(dir, target)}`);
        reused += memo.stats.hits - before;
        steps++;
      }
    }
    assert.ok(steps > 500, `${steps} edits checked`);
    // Reuse is the point: most functions keep their results through an edit elsewhere.
    assert.ok(reused > steps * 2, `${reused} function results reused over ${steps} edits`);
  });

  it('moves reused findings with the lines above them, and drops those of an edited function', () => {
    const dir = makeTempDir('disclose-incremental-');
    try {
      const file = path.join(dir, 'crm.ts');
      const text = [
        "import axios from 'axios';",
        '',
        'export async function syncContact(user: { email: string; phone: string }) {',
        "  await axios.post('https://api.hubapi.com/contacts/v1/contact', { email: user.email });",
        '}',
        '',
        'export async function sendReminder(user: { email: string; phone: string }) {',
        "  await axios.post('https://api.twilio.com/2010-04-01/Messages.json', { to: user.phone });",
        '}',
        '',
      ].join('\n');
      fs.writeFileSync(file, text);
      const resolver = new ConfigResolver();
      const configFor = (f: string) => resolver.configFor(f);
      const overlay = new Map<string, string>();
      const sourceFiles = new SourceFileCache();
      const memo = new UnitMemo();
      const first = analyze({ root: dir, files: [file], configFor, overlay, sourceFiles, memo });
      assert.deepEqual(first.findings.map((f) => f.location.line), [3, 7]);
      // Three new lines at the top: both findings move down, from reused results.
      overlay.set(file, `// CRM sync\n// owner: team-growth\n\n${text}`);
      const hitsBefore = memo.stats.hits;
      const moved = analyze({ root: dir, files: [file], configFor, overlay, sourceFiles, memo, oldProgram: first.program });
      assert.deepEqual(moved.findings.map((f) => [f.location.line, f.data[0]!.line]), [[6, 6], [10, 10]]);
      assert.ok(memo.stats.hits > hitsBefore, 'the unchanged functions were reused');
      // The first function stops sending the e-mail: its finding goes, the other stays.
      overlay.set(file, overlay.get(file)!.replace('{ email: user.email }', '{ plan: 1 }'));
      const edited = analyze({ root: dir, files: [file], configFor, overlay, sourceFiles, memo, oldProgram: moved.program });
      assert.deepEqual(edited.findings.map((f) => [f.location.line, f.dataCategories]), [[10, ['user.contact.phone_number']]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('re-analyses an event handler when an emit site in the same file changes', () => {
    const dir = makeTempDir('disclose-incremental-');
    try {
      const file = path.join(dir, 'members.ts');
      const text = [
        "import { EventEmitter } from 'node:events';",
        'const bus = new EventEmitter();',
        'export function listen() {',
        "  bus.on('member.joined', async (evt) => {",
        "    await fetch('https://api.mailflow.example/v1/welcome', { method: 'POST', body: JSON.stringify(evt) });",
        '  });',
        '}',
        'export function join(member: { email: string; plan: string }) {',
        "  bus.emit('member.joined', { plan: member.plan });",
        '}',
        '',
      ].join('\n');
      const resolver = new ConfigResolver();
      const configFor = (f: string) => resolver.configFor(f);
      const overlay = new Map<string, string>([[file, text]]);
      fs.writeFileSync(file, text);
      const sourceFiles = new SourceFileCache();
      const memo = new UnitMemo();
      const first = analyze({ root: dir, files: [file], configFor, overlay, sourceFiles, memo });
      assert.deepEqual(first.findings.length, 0);
      overlay.set(file, text.replace('{ plan: member.plan }', '{ plan: member.plan, to: member.email }'));
      const edited = analyze({ root: dir, files: [file], configFor, overlay, sourceFiles, memo, oldProgram: first.program });
      assert.deepEqual(edited.findings.map((f) => [f.location.line, f.dataCategories]), [[4, ['user.contact.email']]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('splits a change into the places that differ and maps offsets around them', () => {
    const before = ['const a = 1;', 'const b = 2;', 'const c = 3;', 'const d = 4;', 'const e = 5;'].join('\n');
    // An undo on line 2 and an edit on line 4: two places, not everything between them.
    const after = before.replace('const b = 2;', 'const b = 22;').replace('const d = 4;', 'const d = 4; // note');
    const hunks = diffHunks(before, after);
    assert.equal(hunks.length, 2);
    assert.deepEqual(
      hunks.map((h) => [before.slice(h.oldStart, h.oldEnd), after.slice(h.newStart, h.newEnd)]),
      [
        [';', '2;'],
        ['const d = 4;', 'const d = 4; // note'],
      ],
    );
    // Text between and after the places keeps its meaning: line 3 and line 5 map to the same text.
    for (const word of ['const c', 'const e']) {
      const at = before.indexOf(word);
      const moved = mapOldToNew(hunks, at)!;
      assert.equal(after.slice(moved, moved + word.length), word);
      assert.equal(mapNewToOld(hunks, moved), at);
    }
    // Inside a changed place there is no answer.
    assert.equal(mapOldToNew(hunks, before.indexOf('2;') + 1), undefined);
    // Lines added: one span.
    assert.equal(diffHunks(before, before.replace('const c = 3;', 'const c = 3;\nconst c2 = 3;')).length, 1);
    assert.deepEqual(diffHunks(before, before), []);
  });

  it('keeps import edges through edits of function bodies and follows edits of imports', () => {
    const dir = makeTempDir('disclose-graph-');
    try {
      for (const f of ['a.ts', 'b.ts', 'c.ts']) fs.writeFileSync(path.join(dir, f), 'export const x = 1;\n');
      const texts = new Map<string, string>();
      const app = path.join(dir, 'app.ts');
      texts.set(app, "import {\n  x,\n} from './a';\nexport function f() {\n  return x;\n}\n");
      const read = (f: string) => texts.get(f) ?? fs.readFileSync(f, 'utf8');
      const files = ['a.ts', 'b.ts', 'c.ts', 'app.ts'].map((f) => path.join(dir, f));
      const graph = new ImportGraph(dir, read, () => files);
      const importers = (f: string) => graph.importersOf(path.join(dir, f)).map((x) => path.basename(x));
      assert.deepEqual(importers('a.ts'), ['app.ts']);
      // A body edit: same edges.
      texts.set(app, texts.get(app)!.replace('return x;', 'return x + 1; // from a'));
      graph.fileChanged(app);
      assert.deepEqual(importers('a.ts'), ['app.ts']);
      // The specifier of a multi-line import changes: the edge moves.
      texts.set(app, texts.get(app)!.replace("from './a'", "from './b'"));
      graph.fileChanged(app);
      assert.deepEqual([importers('a.ts'), importers('b.ts')], [[], ['app.ts']]);
      // A require in a function body adds an edge.
      texts.set(app, texts.get(app)!.replace('return x + 1;', "return x + require('./c').x;"));
      graph.fileChanged(app);
      assert.deepEqual(importers('c.ts'), ['app.ts']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
