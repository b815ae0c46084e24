/** Command-line parsing for `disclose`, with errors a user can act on. */
export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'information' | 'never';

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: OutputFormat;
  output?: string;
  config?: string;
  diff?: string;
  failOn: FailOn;
  reportUnresolved: boolean;
  exclude: string[];
  policy?: string;
  maxFileBytes?: number;
  color: boolean;
}

export type ParsedArgs = CheckArgs | { command: 'help'; topic?: string } | { command: 'version' };

export class UsageError extends Error {}

const FORMATS: OutputFormat[] = ['text', 'json', 'sarif'];
const FAIL_ON: FailOn[] = ['error', 'warning', 'information', 'never'];

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help', topic: argv[1] };
  if (argv[0] === '--version' || argv[0] === '-v' || argv[0] === 'version') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(`Unknown command '${command}'. Run 'disclose --help' for the commands.`);
  const args: CheckArgs = { command: 'check', paths: [], format: 'text', failOn: 'error', reportUnresolved: false, exclude: [], color: false };
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
        return { command: 'help', topic: 'check' };
      case '--format':
      case '-f': {
        const v = value();
        if (!FORMATS.includes(v as OutputFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${v}')`);
        args.format = v as OutputFormat;
        break;
      }
      case '--output':
      case '-o':
        args.output = value();
        break;
      case '--config':
      case '-c':
        args.config = value();
        break;
      case '--diff':
        args.diff = value();
        break;
      case '--fail-on': {
        const v = value();
        if (!FAIL_ON.includes(v as FailOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got '${v}')`);
        args.failOn = v as FailOn;
        break;
      }
      case '--report-unresolved':
        args.reportUnresolved = true;
        break;
      case '--exclude':
        args.exclude.push(value());
        break;
      case '--policy':
        args.policy = value();
        break;
      case '--max-file-size': {
        const v = value();
        const m = /^(\d+)(k|kb|kib|m|mb|mib)?$/i.exec(v);
        if (!m) throw new UsageError(`--max-file-size takes a size such as 500k or 2m (got '${v}')`);
        const unit = (m[2] ?? '').toLowerCase();
        args.maxFileBytes = Number(m[1]) * (unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1);
        break;
      }
      case '--color':
        args.color = true;
        break;
      case '--no-color':
        args.color = false;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`Unknown option '${flag}'. Run 'disclose check --help' for the options.`);
        args.paths.push(raw);
    }
  }
  if (args.paths.length === 0) args.paths.push('.');
  return args;
}

export const HELP = `Disclose — finds personal data your code shares, checked against your privacy policy.

Usage:
  disclose check [paths…] [options]   analyse TS/JS files (default path: .)
  disclose --help | --version

Options of check:
  -f, --format text|json|sarif   output format (default: text)
  -o, --output FILE              write the report to FILE instead of standard output
  -c, --config FILE              use this .disclose.yaml for every file (default: the nearest one)
      --policy ID|FILE           use this policy pack instead of the configured one
      --fail-on LEVEL            exit 1 when a finding is at or above LEVEL:
                                 error (default), warning, information, never
      --report-unresolved        also report data sent to endpoints that cannot be resolved
      --exclude GLOB             skip files matching GLOB (repeatable); node_modules, build
                                 output and what .gitignore excludes are always skipped
      --max-file-size SIZE       skip larger files (default 1m)
      --diff BASE                only findings on lines changed since BASE (not available yet)

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or configuration error.
Nothing in the workspace is executed, and no network connection is made.`;
