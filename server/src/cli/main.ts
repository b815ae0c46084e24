import { isMainThread, workerData } from 'node:worker_threads';
import { version } from '../../../package.json';
import { escapeControls } from '../reporting/output-escaping';
import { parseArgs, UsageError } from './args';
import { type CliIo, runCheck } from './check-command';
import { helpFor } from './command-help';
import { runBaseline, runInit, runMerge, runReport } from './other-commands';
import { WORKER_KIND, workerMain } from './parallel-scan';
import { ConfigurationFailed, setWorkerScript } from './workspace-scan';

/** The `disclose` command: a thin entry over the engine. */
function main(argv: string[]): number {
  const io: CliIo = {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stderrIsTTY: process.stderr.isTTY === true,
    version,
  };
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        io.stdout(helpFor(args.topic) + '\n');
        return 0;
      case 'version':
        io.stdout(`${version}\n`);
        return 0;
      case 'check':
        return runCheck(
          {
            ...args,
            color: args.color || (process.stdout.isTTY === true && !process.env.NO_COLOR && !args.output && args.format === 'text'),
          },
          io,
        );
      case 'baseline':
        return runBaseline(args, io);
      case 'init':
        return runInit(args, io);
      case 'report':
        return runReport(args, io);
      case 'merge':
        return runMerge(args, io);
    }
  } catch (e) {
    if (e instanceof ConfigurationFailed) return 2;
    if (e instanceof UsageError) {
      io.stderr(`disclose: ${escapeControls(e.message)}\n`);
      return 2;
    }
    io.stderr(`disclose: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

/**
 * A reader that went away (`disclose check | head`) is not a failure of the analysis: the
 * analysis' exit code stands. Any other failure to write the output is one line and exit 2.
 */
function guardStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') return;
    process.stderr.write(`disclose: cannot write the output (${e.code ?? e.message})\n`);
    process.exitCode = 2;
  });
}

// The same bundle is the worker threads' script (see parallel-scan.ts).
if (!isMainThread && (workerData as { kind?: string } | undefined)?.kind === WORKER_KIND) workerMain(workerData);
else {
  guardStdout();
  setWorkerScript(__filename);
  process.exitCode = main(process.argv.slice(2));
}
