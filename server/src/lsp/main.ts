import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { DiscloseServer } from './disclose-server';

/**
 * `disclose-language-server --stdio` (or --node-ipc, --socket=N): the transport is chosen by
 * vscode-languageserver from the command line. Uncaught errors are logged, never fatal.
 */
if (process.argv.includes('--version')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
  process.exit(0);
}
const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`Disclose: uncaught ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Disclose: unhandled rejection ${(e as Error)?.stack ?? e}`));
new DiscloseServer(connection).listen();

declare const SERVER_VERSION: string;
