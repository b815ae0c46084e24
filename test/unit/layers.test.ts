import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../support/paths';

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+'([^']+)'|require\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]!);
}

describe('layers', () => {
  it('the engine imports nothing from LSP, VS Code or the front ends', () => {
    const engine = path.join(PROJECT_ROOT, 'server', 'src', 'analysis');
    for (const f of sources(engine)) {
      for (const i of imports(f)) {
        const leaves = i.startsWith('.') && path.relative(engine, path.resolve(path.dirname(f), i)).startsWith('..');
        assert.ok(!/^vscode/.test(i) && !leaves, `${path.relative(PROJECT_ROOT, f)} imports ${i}`);
      }
    }
  });

  it("the engine's modules import each other without a cycle (types included)", () => {
    const engine = path.join(PROJECT_ROOT, 'server', 'src', 'analysis');
    const edges = new Map<string, string[]>();
    for (const f of sources(engine)) {
      edges.set(
        f,
        imports(f)
          .filter((i) => i.startsWith('.'))
          .map((i) => path.resolve(path.dirname(f), i) + '.ts'),
      );
    }
    assert.ok(edges.size > 40, `only ${edges.size} engine modules found`);
    // Text that looks like an import inside a comment or a string names no module: left out.
    for (const [f, targets] of edges)
      edges.set(
        f,
        targets.filter((t) => edges.has(t)),
      );
    // Depth-first, iterative: a module on the current path that is imported again closes a cycle.
    const done = new Set<string>();
    for (const start of edges.keys()) {
      if (done.has(start)) continue;
      const onPath: string[] = [start];
      const next: number[] = [0];
      while (onPath.length) {
        const f = onPath[onPath.length - 1]!;
        const targets = edges.get(f)!;
        const i = next[next.length - 1]!;
        if (i >= targets.length) {
          done.add(f);
          onPath.pop();
          next.pop();
          continue;
        }
        next[next.length - 1] = i + 1;
        const t = targets[i]!;
        const at = onPath.indexOf(t);
        assert.equal(at, -1, `import cycle: ${[...onPath.slice(at), t].map((x) => path.relative(engine, x)).join(' → ')}`);
        if (done.has(t)) continue;
        onPath.push(t);
        next.push(0);
      }
    }
  });

  it('the protocol types shared by client and server import nothing', () => {
    for (const f of sources(path.join(PROJECT_ROOT, 'shared')))
      assert.deepEqual(imports(f), [], `${path.relative(PROJECT_ROOT, f)} must stay plain types and constants`);
  });

  it('only the client imports vscode', () => {
    for (const dir of ['server/src/lsp', 'server/src/cli', 'server/src/accuracy']) {
      for (const f of sources(path.join(PROJECT_ROOT, dir)))
        for (const i of imports(f)) assert.notEqual(i, 'vscode', `${path.relative(PROJECT_ROOT, f)} imports vscode`);
    }
    for (const f of sources(path.join(PROJECT_ROOT, 'client', 'src'))) {
      for (const i of imports(f)) assert.ok(!i.includes('/analysis/'), `${path.relative(PROJECT_ROOT, f)} reaches into the engine (${i})`);
    }
  });
});
