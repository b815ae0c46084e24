import type { ClientCapabilities } from 'vscode-languageserver';

/** What the client said it can do, read once at initialize. */
export interface Capabilities {
  pull: boolean;
  refresh: boolean;
  relatedInformation: boolean;
  codeDescription: boolean;
  configuration: boolean;
  watchedFilesRegistration: boolean;
  showDocument: boolean;
  resourceOperations: boolean;
  workspaceFolders: boolean;
}

export function readCapabilities(c: ClientCapabilities): Capabilities {
  return {
    pull: !!c.textDocument?.diagnostic,
    refresh: !!c.workspace?.diagnostics?.refreshSupport,
    relatedInformation: !!c.textDocument?.publishDiagnostics?.relatedInformation || !!c.textDocument?.diagnostic,
    codeDescription: !!c.textDocument?.publishDiagnostics?.codeDescriptionSupport || !!c.textDocument?.diagnostic,
    configuration: !!c.workspace?.configuration,
    watchedFilesRegistration: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    showDocument: !!c.window?.showDocument?.support,
    resourceOperations: !!c.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
    workspaceFolders: !!c.workspace?.workspaceFolders,
  };
}
