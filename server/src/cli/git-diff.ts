import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../analysis/flows/finding';
import { UsageError } from './args';

/** Lines (1-based) changed since a revision, per absolute path; `all` for untracked files. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

/**
 * Git reads the repository's own configuration, and a repository that came with the workspace
 * can name programs there: an fsmonitor hook, clean/smudge filters, external diff and textconv
 * drivers, remote helpers for a lazy fetch. Each is switched off here, and git runs with no
 * system configuration, no prompts and no network.
 */
const NEUTRAL_CONFIG = [
  'core.fsmonitor=',
  'core.hooksPath=/dev/null',
  'core.untrackedCache=false',
  'core.pager=cat',
  'diff.external=',
  'protocol.allow=never',
  'core.sshCommand=false',
];

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // Only what git needs to find itself and the user's own settings; nothing that redirects it.
  for (const k of ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'SYSTEMROOT', 'TMPDIR', 'XDG_CONFIG_HOME'])
    if (process.env[k] !== undefined) env[k] = process.env[k];
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_LAZY_FETCH: '1',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_ATTR_NOSYSTEM: '1',
  };
}

function git(cwd: string, args: string[], extraConfig: string[] = []): string {
  const config = [...NEUTRAL_CONFIG, ...extraConfig].flatMap((c) => ['-c', c]);
  return execFileSync('git', [...config, ...args], {
    cwd,
    env: gitEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
}

/** Every filter driver the repository's configuration names, switched off (`filter.x.clean=`…). */
function neutralFilters(top: string): string[] {
  let names: string;
  try {
    names = git(top, ['config', '--null', '--name-only', '--get-regexp', '^filter\\..*\\.(clean|smudge|process)$']);
  } catch {
    return []; // none configured
  }
  return names
    .split('\0')
    .filter(Boolean)
    .map((key) => `${key}=`);
}

/**
 * The repository of the folder Disclose runs in, when `top` is a different repository inside
 * it: one the workspace carries in its tree (a vendored or downloaded folder with its own
 * `.git`), whose configuration nobody reviewed. A submodule (its `.git` is a file pointing into
 * the outer repository) is the outer repository's own.
 */
function embeddingRepository(top: string, workspace: string): string | undefined {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(path.join(top, '.git'));
  } catch {
    return undefined;
  }
  if (!st.isDirectory()) return undefined;
  let outer: string;
  try {
    outer = git(workspace, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return undefined;
  }
  const rel = path.relative(outer, top);
  return outer && rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? outer : undefined;
}

/**
 * What changed between the merge base of HEAD and `base` and the working tree, as a pull
 * request shows it: committed, staged and unstaged edits, and new untracked files.
 */
export function changedLinesSince(dir: string, base: string, workspace: string = dir): ChangedLines {
  let top: string;
  try {
    top = git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new UsageError(`--diff needs a git repository, and ${dir} is not in one`);
  }
  const outer = embeddingRepository(top, workspace);
  if (outer)
    throw new UsageError(
      `--diff: ${top} is a git repository embedded in the work tree of ${outer}; Disclose does not run git in a repository a workspace carries`,
    );
  const filters = neutralFilters(top);
  if (base.startsWith('-')) throw new UsageError(`--diff: unknown git revision '${base}'`);
  try {
    git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${base}^{commit}`]);
  } catch {
    throw new UsageError(`--diff: unknown git revision '${base}'`);
  }
  let from = base;
  try {
    from = git(top, ['merge-base', 'HEAD', base], filters).trim() || base;
  } catch {
    /* no common history (or no HEAD yet): compare with the revision itself */
  }
  const out: ChangedLines = new Map();
  const diff = git(top, ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', from, '--'], filters);
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
  for (const f of git(top, ['ls-files', '--others', '--exclude-standard', '-z'], filters).split('\0'))
    if (f) out.set(path.resolve(top, f), 'all');
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
