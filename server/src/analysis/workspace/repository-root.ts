import * as path from 'node:path';
import { pathExists } from './safe-fs';

/** A walk up the folders is bounded: a path deeper than this is not a real checkout. */
const MAX_DEPTH = 64;

/**
 * The repository that holds `dir`: the nearest folder at or above it with a `.git` entry (a
 * folder, or the file a worktree or submodule has). Found by looking, so no git process runs.
 * It bounds what a workspace may be governed or read by: configurations above it, and files
 * outside it, are someone else's.
 */
export function repositoryRootOf(dir: string): string | undefined {
  let cur = path.resolve(dir);
  for (let i = 0; i < MAX_DEPTH; i++) {
    if (pathExists(path.join(cur, '.git'))) return cur;
    const parent = path.dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
  return undefined;
}
