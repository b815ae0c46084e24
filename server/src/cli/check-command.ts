import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../analysis/flows/finding';
import type { PolicyPack } from '../analysis/policy/policy-pack';
import { severityRank } from '../analysis/policy/rule-registry';
import type { CheckArgs } from './args';
import { applyBaseline, readBaseline } from './baseline';
import { toSarif } from './finding-to-sarif';
import { formatGithub, formatGitlab } from './format-ci';
import { toJsonReport } from './format-json';
import { formatText } from './format-text';
import { changedLinesSince, inChangedLines } from './git-diff';
import { writeOutputFile } from './output-file';
import { reportRoot } from './report-paths';
import { type ScanIo, scanWorkspace } from './workspace-scan';

export interface CliIo extends ScanIo {
  stdout: (s: string) => void;
  version: string;
  /** Where written bytes go; tests inject a failing one to stand for a full disk. */
  writeSync?: (fd: number, data: Buffer, offset: number, length: number) => number;
}

/** Runs `disclose check` and returns the exit code. */
export function runCheck(args: CheckArgs, io: CliIo): number {
  // Resolve the diff first: a bad revision is a usage error before any analysis.
  const changed = args.diff ? changedLinesSince(folderOf(path.resolve(io.cwd, args.paths[0] ?? '.')), args.diff, io.cwd) : undefined;
  const baseline = args.baseline ? readBaseline(path.resolve(io.cwd, args.baseline)) : undefined;
  const scan = scanWorkspace(args, io, { shard: args.shard });
  if (nothingToCheck(scan, args.paths, io)) return 2;
  let findings = scan.findings;
  if (changed) findings = findings.filter((f) => inChangedLines(f, changed));
  if (baseline) {
    const r = applyBaseline(findings, baseline);
    findings = r.fresh;
    io.stderr(
      `disclose: ${r.baselined} finding${r.baselined === 1 ? '' : 's'} baselined, ${r.fixed} baseline entr${r.fixed === 1 ? 'y' : 'ies'} fixed, ${findings.length} new\n`,
    );
  }
  const policies = [...new Set([...scan.configs.values()].map((c) => c.policy))];
  const report = render(
    args,
    findings,
    reportRoot(args.format, scan.root, scan.named ? io.cwd : undefined),
    scan.reported.length,
    scan.skipped,
    policies,
    io.version,
  );
  if (args.output) {
    writeOutputFile(args.output, report, { cwd: io.cwd, root: scan.root }, io.writeSync ? { writeSync: io.writeSync } : undefined);
    if (args.format !== 'text')
      io.stderr(formatText(findings, scan.root, scan.reported.length, false).split('\n').filter(Boolean).pop() + '\n');
  } else io.stdout(report);
  return failingFindings(findings, args.failOn) ? 1 : 0;
}

function render(
  args: CheckArgs,
  findings: Finding[],
  root: string,
  filesScanned: number,
  skipped: Array<{ file: string; reason: string }>,
  policies: PolicyPack[],
  version: string,
): string {
  switch (args.format) {
    case 'json':
      return JSON.stringify(toJsonReport(findings, root, { version, filesScanned, skipped }), null, 2) + '\n';
    case 'sarif':
      return JSON.stringify(toSarif(findings, root, { version, policies }), null, 2) + '\n';
    case 'github':
      return formatGithub(findings, root);
    case 'gitlab':
      return formatGitlab(findings, root);
    default:
      return formatText(findings, root, filesScanned, args.color);
  }
}

/** A named file's folder (git runs there), or the folder itself. */
function folderOf(p: string): string {
  try {
    return fs.statSync(p).isFile() ? path.dirname(p) : p;
  } catch {
    return p;
  }
}

/**
 * A folder without TypeScript or JavaScript is almost always a wrong path (a CI step run in the
 * wrong folder): a usage error, exit 2, rather than a quiet pass. Named files that are all
 * excluded (test code, a generated bundle) are a normal pre-commit call: no findings, exit 0.
 */
export function nothingToCheck(scan: { files: string[]; named?: string[]; skipped: unknown[] }, paths: string[], io: ScanIo): boolean {
  if (scan.files.length > 0 || scan.named) return false;
  io.stderr(
    `disclose: No TypeScript or JavaScript files found in ${paths.join(', ')}${scan.skipped.length ? ' (only skipped ones, above)' : ''}\n`,
  );
  return true;
}

function failingFindings(findings: Finding[], failOn: CheckArgs['failOn']): boolean {
  if (failOn === 'never') return false;
  const threshold = severityRank(failOn);
  return findings.some((f) => severityRank(f.severity) >= threshold);
}
