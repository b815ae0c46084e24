import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { GuardedMessageReader } from './guarded-transport';
import { DiscloseServer } from './disclose-server';

/**
 * `disclose-language-server --stdio` (or --node-ipc, --socket=N): the transport is chosen by
 * vscode-languageserver from the command line. Uncaught errors are logged, never fatal.
 */
if (process.argv.includes('--version')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
  process.exit(0);
}
// Over stdio the server reads through its own guarded reader (framing recovery, -32002 before
// initialize); other transports keep vscode-languageserver's.
const stdio = process.argv.includes('--stdio') || !process.argv.some((a) => /^--(node-ipc|socket|pipe)/.test(a));
const writer = stdio ? new StreamMessageWriter(process.stdout) : undefined;
const connection = writer ? createConnection(ProposedFeatures.all, new GuardedMessageReader(process.stdin, writer), writer) : createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`Disclose: uncaught ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Disclose: unhandled rejection ${(e as Error)?.stack ?? e}`));
new DiscloseServer(connection).listen();

declare const SERVER_VERSION: string;
