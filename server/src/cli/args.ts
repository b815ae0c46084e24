/** Command-line parsing for `disclose`, with errors a user can act on. */
export type CheckFormat = 'text' | 'json' | 'sarif' | 'github' | 'gitlab';
export type ReportFormat = 'md' | 'html' | 'json';
export type FailOn = 'error' | 'warning' | 'information' | 'never';

export interface ScanOptions {
  paths: string[];
  config?: string;
  policy?: string;
  exclude: string[];
  maxFileBytes?: number;
  reportUnresolved: boolean;
  /** Analyse test code too (`*.test.*`, `__tests__/` …), skipped by default. */
  includeTests: boolean;
  noCache: boolean;
  /** Worker threads for large workspaces; undefined: as many as cores (up to 4). */
  jobs?: number;
}

export interface CheckArgs extends ScanOptions {
  command: 'check';
  format: CheckFormat;
  output?: string;
  diff?: string;
  baseline?: string;
  shard?: { index: number; count: number };
  failOn: FailOn;
  color: boolean;
}

export interface BaselineArgs extends ScanOptions {
  command: 'baseline';
  output?: string;
}

export interface InitArgs extends ScanOptions {
  command: 'init';
  force: boolean;
  /** Hosts of the organisation's own backend (`--internal HOST`, repeatable). */
  internal: string[];
}

export interface ReportArgs extends ScanOptions {
  command: 'report';
  format: ReportFormat;
  output?: string;
}

export interface MergeArgs {
  command: 'merge';
  inputs: string[];
  output?: string;
}

export type ParsedArgs =
  CheckArgs | BaselineArgs | InitArgs | ReportArgs | MergeArgs | { command: 'help'; topic?: string } | { command: 'version' };

export class UsageError extends Error {}

const COMMANDS = ['check', 'baseline', 'init', 'report', 'merge'] as const;

function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[]): T {
  if (!allowed.includes(v as T)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${v}')`);
  return v as T;
}

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help', topic: argv[1] };
  if (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version') return { command: 'version' };
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number]))
    throw new UsageError(`Unknown command '${command}'. Run 'disclose --help' for the commands.`);
  const positional: string[] = [];
  const o: Record<string, string | boolean | string[]> = { exclude: [], internal: [] };
  for (let i = 0; i < rest.length; i++) {
    const raw = rest[i]!;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const value = (): string => {
      if (eq > 0) return raw.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { command: 'help', topic: command };
      case '--format':
      case '-f':
        o.format = value();
        break;
      case '--output':
      case '-o':
        o.output = value();
        break;
      case '--config':
      case '-c':
        o.config = value();
        break;
      case '--diff':
      case '--baseline':
      case '--shard':
      case '--fail-on':
      case '--policy':
      case '--max-file-size':
      case '--jobs':
        o[flag.slice(2)] = value();
        break;
      case '--exclude':
        (o.exclude as string[]).push(value());
        break;
      case '--internal':
        (o.internal as string[]).push(value());
        break;
      case '--report-unresolved':
      case '--include-tests':
      case '--no-cache':
      case '--force':
      case '--color':
      case '--no-color':
        o[flag.slice(2)] = true;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-')
          throw new UsageError(`Unknown option '${flag}'. Run 'disclose ${command} --help' for the options.`);
        positional.push(raw);
    }
  }
  const scan: ScanOptions = {
    paths: positional.length ? positional : ['.'],
    config: o.config as string | undefined,
    policy: o.policy as string | undefined,
    exclude: o.exclude as string[],
    maxFileBytes: o['max-file-size'] !== undefined ? parseSize(o['max-file-size'] as string) : undefined,
    reportUnresolved: o['report-unresolved'] === true,
    includeTests: o['include-tests'] === true,
    noCache: o['no-cache'] === true,
    jobs: o.jobs !== undefined ? parseJobs(o.jobs as string) : undefined,
  };
  const allow = (flags: string[]) => {
    for (const k of Object.keys(o))
      if (!flags.includes(k) && !((k === 'exclude' || k === 'internal') && (o[k] as string[]).length === 0))
        throw new UsageError(`--${k} does not apply to 'disclose ${command}'`);
  };
  const common = ['config', 'policy', 'exclude', 'max-file-size', 'report-unresolved', 'include-tests', 'no-cache', 'jobs'];
  switch (command) {
    case 'check':
      allow([...common, 'format', 'output', 'diff', 'baseline', 'shard', 'fail-on', 'color', 'no-color']);
      return {
        command,
        ...scan,
        format: o.format ? oneOf('--format', o.format as string, ['text', 'json', 'sarif', 'github', 'gitlab']) : 'text',
        output: o.output as string | undefined,
        diff: o.diff as string | undefined,
        baseline: o.baseline as string | undefined,
        shard: o.shard !== undefined ? parseShard(o.shard as string) : undefined,
        failOn: o['fail-on'] ? oneOf('--fail-on', o['fail-on'] as string, ['error', 'warning', 'information', 'never']) : 'error',
        color: o.color === true && o['no-color'] !== true,
      };
    case 'baseline':
      allow([...common, 'output']);
      return { command, ...scan, output: o.output as string | undefined };
    case 'init':
      allow([...common, 'force', 'internal']);
      return { command, ...scan, force: o.force === true, internal: o.internal as string[] };
    case 'report':
      allow([...common, 'format', 'output']);
      return {
        command,
        ...scan,
        format: o.format ? oneOf('--format', o.format as string, ['md', 'html', 'json']) : 'md',
        output: o.output as string | undefined,
      };
    default:
      allow(['output']);
      if (positional.length < 1) throw new UsageError('disclose merge needs the SARIF files to merge');
      return { command: 'merge', inputs: positional, output: o.output as string | undefined };
  }
}

function parseSize(v: string): number {
  const m = /^(\d+)(k|kb|kib|m|mb|mib)?$/i.exec(v);
  if (!m) throw new UsageError(`--max-file-size takes a size such as 500k or 2m (got '${v}')`);
  const unit = (m[2] ?? '').toLowerCase();
  return Number(m[1]) * (unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1);
}

function parseShard(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes I/N with 1 ≤ I ≤ N, e.g. 2/4 (got '${v}')`);
  return { index, count };
}

/** The options of `disclose check`, shown by `disclose --help` and `disclose check --help`. */
export const CHECK_OPTIONS = `  -f, --format FORMAT    text (default), json, sarif, github (workflow annotations), gitlab (Code Quality)
  -o, --output FILE      write the report to FILE instead of standard output
  -c, --config FILE      use this .disclose.yaml for every file (default: the nearest one)
      --policy ID|FILE   use this policy pack instead of the configured one
      --diff BASE        only findings whose call or data source changed since the git revision BASE
      --baseline FILE    only findings not recorded in FILE (from disclose baseline)
      --shard I/N        analyse the I-th of N deterministic parts of the files (CI matrices)
      --fail-on LEVEL    exit 1 when a finding is at or above LEVEL: error (default), warning,
                         information, never
      --report-unresolved  also report data sent to endpoints that cannot be resolved
      --exclude GLOB     skip files matching GLOB (repeatable); node_modules, build output and
                         what .gitignore excludes are always skipped
      --include-tests    also analyse test code: *.test.*, *.spec.*, *.e2e.*, *.stories.* and
                         files under __tests__/, __mocks__/, test/, tests/, e2e/, cypress/,
                         playwright/ (relative to the scanned folder); skipped by default, and
                         skipped test code is no caller of a wrapper either
      --max-file-size SIZE  skip larger files (default 1m)
      --jobs N           worker threads over independent parts of a large workspace (default:
                         half the cores, up to 4, from 300 files on); the findings are the same for any N
      --no-cache         analyse afresh; by default an unchanged workspace reuses the last result
                         (kept in $XDG_CACHE_HOME/disclose, keyed by file contents and configuration)`;

export const HELP = `Disclose — finds personal data your code shares, checked against your privacy policy.

Usage:
  disclose check [paths…] [options]      analyse TS/JS files and report findings (default path: .)
  disclose baseline [paths…] [-o FILE]   record today's findings in .disclose-baseline.json
  disclose init [path] [--force]         write a starter .disclose.yaml from what the code shares
  disclose report [paths…] [--format md|html|json] [-o FILE]
                                         "How this codebase shares personal data", by policy clause
  disclose merge A.sarif B.sarif … -o all.sarif
                                         join the SARIF reports of --shard runs
  disclose --help | --version

Options of check:
${CHECK_OPTIONS}

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or configuration error.
Nothing in the workspace is executed, and no network connection is made.`;

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs takes a whole number from 1 to 64 (got '${v}')`);
  return n;
}
