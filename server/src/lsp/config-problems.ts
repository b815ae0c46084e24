import * as path from 'node:path';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../analysis/config/config';
import { uriOf } from './finding-to-diagnostic';
import { fileOfUri, type WorkspaceFolders } from './workspace-folders';

export const isConfigFile = (file: string) => path.basename(file) === CONFIG_FILE_NAME;

/** The problems of each .disclose.yaml, as diagnostics on the file; cleared once it loads. */
export class ConfigProblems {
  private published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: WorkspaceFolders,
  ) {}

  publish(): void {
    const configs = this.workspace.configs;
    const known = new Set([...configs.brokenFiles(), ...this.published]);
    for (const d of this.documents.all()) {
      const f = fileOfUri(d.uri);
      if (f && isConfigFile(f)) known.add(f);
    }
    for (const file of known) {
      const diagnostics: Diagnostic[] = configs.problemsOf(file).map((p) => ({
        range: {
          start: { line: p.line, character: p.column },
          end: { line: p.endLine, character: Math.max(p.endColumn, p.line === p.endLine ? p.column + 1 : p.endColumn) },
        },
        severity: 1,
        source: 'disclose',
        code: 'invalid-configuration',
        message: `${p.message} (the last valid configuration stays in force)`,
      }));
      void this.connection.sendDiagnostics({ uri: uriOf(file), diagnostics });
      if (diagnostics.length) this.published.add(file);
      else this.published.delete(file);
    }
  }
}
