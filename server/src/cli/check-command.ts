import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '../analysis/config';
import { ConfigResolver } from '../analysis/config-resolver';
import { analyze, DEFAULT_MAX_FILE_BYTES } from '../analysis/engine';
import type { Finding } from '../analysis/finding';
import { PolicyPackError, type PolicyPack } from '../analysis/policy-pack';
import { severityRank } from '../analysis/rule-registry';
import { discoverFiles } from '../analysis/workspace-files';
import { UsageError, type CheckArgs } from './args';
import { toJsonReport } from './format-json';
import { formatText } from './format-text';
import { toSarif } from './finding-to-sarif';
import { relativePath } from './report-paths';

export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stderrIsTTY: boolean;
  version: string;
}

/** Runs `disclose check` and returns the exit code. */
export function runCheck(args: CheckArgs, io: CliIo): number {
  if (args.diff) throw new UsageError('--diff is not available in this version yet');
  const root = args.paths.length === 1 && isDirectory(path.resolve(io.cwd, args.paths[0]!)) ? path.resolve(io.cwd, args.paths[0]!) : io.cwd;
  const maxFileBytes = args.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const started = Date.now();
  let progressShown = false;
  const { files, skipped } = discoverFiles({ root, paths: args.paths.map((p) => path.resolve(io.cwd, p)), exclude: args.exclude, maxFileBytes });
  const resolver = new ConfigResolver({ configFile: args.config ? path.resolve(io.cwd, args.config) : undefined, policy: args.policy });
  const configs = new Map<string, ReturnType<ConfigResolver['configFor']>>();
  const errors: string[] = [];
  if (args.config && !fs.existsSync(path.resolve(io.cwd, args.config))) throw new UsageError(`No configuration file at ${args.config}`);
  for (const f of files) {
    try {
      configs.set(f, resolver.configFor(f));
    } catch (e) {
      if (e instanceof ConfigError || e instanceof PolicyPackError) {
        for (const p of e.problems) {
          const line = `${relativePath(io.cwd, p.file)}:${p.line + 1}:${p.column + 1}: error: ${p.message}`;
          if (!errors.includes(line)) errors.push(line);
        }
      } else errors.push((e as Error).message);
    }
  }
  if (files.length === 0 && args.config) {
    try {
      resolver.configFor(path.join(root, 'x.ts'));
    } catch (e) {
      if (e instanceof ConfigError) for (const p of e.problems) errors.push(`${relativePath(io.cwd, p.file)}:${p.line + 1}:${p.column + 1}: error: ${p.message}`);
      else errors.push((e as Error).message);
    }
  }
  if (errors.length) {
    io.stderr(`disclose: invalid configuration\n${errors.join('\n')}\n`);
    return 2;
  }
  for (const s of skipped) io.stderr(`disclose: skipped ${relativePath(io.cwd, s.file)}: ${s.reason}\n`);
  const result = analyze({
    root,
    files,
    configFor: (f) => configs.get(f)!,
    reportUnresolved: args.reportUnresolved,
    maxFileBytes,
    checkpoint: () => {
      if (io.stderrIsTTY && Date.now() - started > 1000) {
        progressShown = true;
        io.stderr(`\rdisclose: analysing ${files.length} files…`);
      }
    },
  });
  if (progressShown) io.stderr('\r\x1b[K');
  for (const p of result.problems) io.stderr(`disclose: ${relativePath(io.cwd, p.file)}: ${p.message}\n`);
  const findings = result.findings;
  const policies = [...new Set([...configs.values()].map((c) => c.policy))];
  const report = render(args, findings, root, files.length, skipped, policies, io.version);
  if (args.output) {
    fs.mkdirSync(path.dirname(path.resolve(io.cwd, args.output)), { recursive: true });
    fs.writeFileSync(path.resolve(io.cwd, args.output), report);
    if (args.format !== 'text') io.stderr(formatText(findings, root, files.length, false).split('\n').filter(Boolean).pop() + '\n');
  } else io.stdout(report);
  return failingFindings(findings, args.failOn) ? 1 : 0;
}

function render(args: CheckArgs, findings: Finding[], root: string, filesScanned: number, skipped: Array<{ file: string; reason: string }>, policies: PolicyPack[], version: string): string {
  switch (args.format) {
    case 'json':
      return JSON.stringify(toJsonReport(findings, root, { version, filesScanned, skipped }), null, 2) + '\n';
    case 'sarif':
      return JSON.stringify(toSarif(findings, root, { version, policies }), null, 2) + '\n';
    default:
      return formatText(findings, root, filesScanned, args.color);
  }
}

function failingFindings(findings: Finding[], failOn: CheckArgs['failOn']): boolean {
  if (failOn === 'never') return false;
  const threshold = severityRank(failOn);
  return findings.some((f) => severityRank(f.severity) >= threshold);
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
