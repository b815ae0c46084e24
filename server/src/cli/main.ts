import { HELP, parseArgs, UsageError } from './args';
import { runCheck } from './check-command';
import { version } from '../../../package.json';

/** The `disclose` command: a thin entry over the engine. */
function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      process.stdout.write(HELP + '\n');
      return 0;
    }
    if (args.command === 'version') {
      process.stdout.write(`${version}\n`);
      return 0;
    }
    return runCheck(
      { ...args, color: args.color || (process.stdout.isTTY === true && !process.env.NO_COLOR && !args.output) },
      {
        cwd: process.cwd(),
        stdout: (s) => process.stdout.write(s),
        stderr: (s) => process.stderr.write(s),
        stderrIsTTY: process.stderr.isTTY === true,
        version,
      },
    );
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`disclose: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`disclose: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
