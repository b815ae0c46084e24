import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, defaultConfig } from '../analysis/config/config';
import { pathExists, readTextFile, UnsafeFileError } from '../analysis/workspace/safe-fs';
import { renderHtml } from '../reporting/render-html';
import { renderMarkdown } from '../reporting/render-markdown';
import { buildSharingReport } from '../reporting/sharing-report';
import { starterConfig } from '../reporting/starter-config';
import { type BaselineArgs, type InitArgs, type MergeArgs, type ReportArgs, UsageError } from './args';
import { BASELINE_FILE_NAME, baselineOf } from './baseline';
import { type CliIo, nothingToCheck } from './check-command';
import { mergeSarif } from './merge-command';
import { writeOutputFile } from './output-file';
import { relativePath } from './report-paths';
import { scanRoot, scanWorkspace } from './workspace-scan';

function write(io: CliIo, file: string, text: string, root?: string): void {
  writeOutputFile(file, text, { cwd: io.cwd, root }, io.writeSync ? { writeSync: io.writeSync } : undefined);
}

/** `disclose baseline`: today's findings, by fingerprint, for `check --baseline`. */
export function runBaseline(args: BaselineArgs, io: CliIo): number {
  const scan = scanWorkspace(args, io);
  if (nothingToCheck(scan, args.paths, io)) return 2;
  const file = path.resolve(io.cwd, args.output ?? path.join(scan.root, BASELINE_FILE_NAME));
  write(io, file, JSON.stringify(baselineOf(scan.findings, scan.root), null, 2) + '\n', scan.root);
  io.stderr(
    `disclose: recorded ${scan.findings.length} finding${scan.findings.length === 1 ? '' : 's'} in ${relativePath(io.cwd, file)}\n`,
  );
  return 0;
}

/**
 * `disclose init`: a starter .disclose.yaml; an existing one is kept unless --force, and with
 * --force its policy and recipients stay (the scan runs under it, so what it already declares is
 * not offered again).
 */
export function runInit(args: InitArgs, io: CliIo): number {
  const root = scanRoot(args, io.cwd);
  const target = path.join(root, CONFIG_FILE_NAME);
  const exists = pathExists(target);
  if (exists && !args.force)
    throw new UsageError(
      `${relativePath(io.cwd, target)} exists; use --force to extend it with what the code shares now (a backup is kept)`,
    );
  // The old configuration is read before the (long) scan: a link or device is refused up front.
  let existing: string | undefined;
  if (exists) {
    if (fs.lstatSync(target).isSymbolicLink())
      throw new UsageError(`${relativePath(io.cwd, target)} is a symbolic link; Disclose does not replace it`);
    try {
      existing = readTextFile(target, { kind: 'config', within: root });
    } catch (e) {
      throw new UsageError(`${relativePath(io.cwd, target)} ${e instanceof UnsafeFileError ? e.reason : 'cannot be read'}`);
    }
  }
  const scan = scanWorkspace({ ...args, reportUnresolved: true }, io, { includePermitted: true, ignoreConfig: existing === undefined });
  if (nothingToCheck(scan, args.paths, io)) return 2;
  const pack = scan.configs.values().next().value?.policy ?? defaultConfig(args.policy).policy;
  const text = starterConfig(scan.flows, pack, { internalHosts: args.internal ?? [], configDir: root, existing });
  if (existing !== undefined) {
    const backup = `${target}.bak`;
    write(io, backup, existing, root);
    io.stderr(`disclose: kept the old configuration as ${relativePath(io.cwd, backup)}\n`);
  }
  write(io, target, text, root);
  const recipients = (text.match(/category: CHOOSE/g) ?? []).length;
  io.stderr(`disclose: wrote ${relativePath(io.cwd, target)} with ${recipients} recipient${recipients === 1 ? '' : 's'} to categorise\n`);
  return 0;
}

/** `disclose report`: how the codebase shares personal data, organised by the policy. */
export function runReport(args: ReportArgs, io: CliIo): number {
  const scan = scanWorkspace({ ...args, reportUnresolved: true }, io, { includePermitted: true });
  if (nothingToCheck(scan, args.paths, io)) return 2;
  const configs = [...new Set(scan.configs.values())];
  const pack = configs[0]?.policy ?? defaultConfig(args.policy).policy;
  const report = buildSharingReport(
    scan.flows,
    pack,
    configs.filter((c) => c.file),
    scan.root,
    scan.files.length,
  );
  const text =
    args.format === 'html' ? renderHtml(report) : args.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderMarkdown(report);
  if (args.output) write(io, path.resolve(io.cwd, args.output), text, scan.root);
  else io.stdout(text);
  return 0;
}

export function runMerge(args: MergeArgs, io: CliIo): number {
  const text = mergeSarif({ ...args, inputs: args.inputs.map((f) => path.resolve(io.cwd, f)) });
  if (args.output) write(io, path.resolve(io.cwd, args.output), text);
  else io.stdout(text);
  return 0;
}
