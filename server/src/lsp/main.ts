import { isMainThread, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { workerEntry } from './analysis-worker/worker-entry';
import { DiscloseServer } from './disclose-server';
import { GuardedMessageReader } from './guarded-transport';

/**
 * `disclose-language-server --stdio` (or --node-ipc, --socket=N, --pipe=NAME): the transport is
 * chosen by vscode-languageserver from the command line. Uncaught errors are logged, never fatal.
 */
const USAGE = `Usage: disclose-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The Disclose language server, for any LSP client: diagnostics where code shares personal data
against the privacy policy, hovers that explain them, quick fixes, and help inside .disclose.yaml.
Editors start it with --stdio (see the README for Neovim and Emacs).

  --stdio            talk LSP over standard input and output
  --node-ipc         talk LSP over Node's IPC channel (a client that forks the server)
  --socket=PORT      connect to a client listening on PORT
  --pipe=NAME        connect to a client's named pipe
  --help             show this help
  --version          print the version
`;

const args = isMainThread ? process.argv.slice(2) : [];
const transport = args.some(
  (a) => a === '--stdio' || a === '--node-ipc' || /^--(socket|pipe)=./.test(a) || a === '--socket' || a === '--pipe',
);
if (!isMainThread) {
  // This script started again as one of the server's analysis threads (analysis-worker/).
  workerEntry(workerData);
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
  process.exit(0);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
} else if (!transport) {
  process.stderr.write(
    `disclose-language-server: say how to talk to the client, e.g. --stdio (disclose-language-server --help for the options)\n`,
  );
  process.exit(2);
} else {
  // Over stdio the server reads through its own guarded reader (framing recovery, -32002 before
  // initialize); other transports keep vscode-languageserver's.
  const stdio = args.includes('--stdio');
  const writer = stdio ? new StreamMessageWriter(process.stdout) : undefined;
  const connection = writer
    ? createConnection(ProposedFeatures.all, new GuardedMessageReader(process.stdin, writer), writer)
    : createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (e) => connection.console.error(`Disclose: uncaught ${e.stack ?? e}`));
  process.on('unhandledRejection', (e) => connection.console.error(`Disclose: unhandled rejection ${(e as Error)?.stack ?? e}`));
  new DiscloseServer(connection, __filename).listen();
}

declare const SERVER_VERSION: string;
