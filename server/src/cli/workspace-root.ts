import * as fs from 'node:fs';
import * as path from 'node:path';

// Walks are bounded: a path deeper than this is not a real checkout.
const MAX_DEPTH = 64;

function exists(p: string): boolean {
  try {
    fs.statSync(p);
    return true;
  } catch {
    return false;
  }
}

function* ancestors(dir: string): Generator<string> {
  let cur = path.resolve(dir);
  for (let i = 0; i < MAX_DEPTH; i++) {
    yield cur;
    const up = path.dirname(cur);
    if (up === cur) return;
    cur = up;
  }
}

/**
 * The workspace a named file belongs to, as an editor would open it: the nearest folder with a
 * `.disclose.yaml` or `.git`; failing those, the outermost folder with a `package.json`
 * (the root of a monorepo, not one of its packages); failing that, the file's own folder.
 */
export function workspaceRootOf(file: string): string {
  const dir = path.dirname(path.resolve(file));
  let outermostPackage: string | undefined;
  for (const d of ancestors(dir)) {
    if (exists(path.join(d, '.disclose.yaml')) || exists(path.join(d, '.git'))) return d;
    if (exists(path.join(d, 'package.json'))) outermostPackage = d;
  }
  return outermostPackage ?? dir;
}

/** The deepest folder that holds every one of `dirs`. */
export function commonAncestor(dirs: string[]): string {
  let common = path.resolve(dirs[0]!);
  for (const d of dirs.slice(1)) {
    const abs = path.resolve(d);
    while (common !== path.dirname(common) && path.relative(common, abs).startsWith('..')) common = path.dirname(common);
  }
  return common;
}
