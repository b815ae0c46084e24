import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import type { Finding } from '../analysis/finding';
import { UsageError } from './args';

/** Lines (1-based) changed since a revision, per absolute path; `all` for untracked files. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/**
 * What changed between the merge base of HEAD and `base` and the working tree, as a pull
 * request shows it: committed, staged and unstaged edits, and new untracked files.
 */
export function changedLinesSince(dir: string, base: string): ChangedLines {
  let top: string;
  try {
    top = git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new UsageError(`--diff needs a git repository, and ${dir} is not in one`);
  }
  try {
    git(top, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  } catch {
    throw new UsageError(`--diff: unknown git revision '${base}'`);
  }
  let from = base;
  try {
    from = git(top, ['merge-base', 'HEAD', base]).trim() || base;
  } catch {
    /* no common history (or no HEAD yet): compare with the revision itself */
  }
  const out: ChangedLines = new Map();
  const diff = git(top, ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', from, '--']);
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const p = line.slice(4).trim();
      if (p === '/dev/null') current = undefined;
      else {
        const abs = path.resolve(top, p.replace(/^b\//, ''));
        current = new Set();
        out.set(abs, current);
      }
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let i = 0; i < count; i++) current.add(start + i);
    }
  }
  for (const f of git(top, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0')) if (f) out.set(path.resolve(top, f), 'all');
  return out;
}

function touched(changed: ChangedLines, file: string, line0: number): boolean {
  const c = changed.get(file);
  return c === 'all' || (c !== undefined && c.has(line0 + 1));
}

/** A finding is new in review when its call, a call on its way, or a data source changed. */
export function inChangedLines(f: Finding, changed: ChangedLines): boolean {
  if (touched(changed, f.location.file, f.location.line)) return true;
  if (f.chain.some((c) => touched(changed, c.file, c.line))) return true;
  return f.data.some((d) => touched(changed, d.file, d.line));
}
