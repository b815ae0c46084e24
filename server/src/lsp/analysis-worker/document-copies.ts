import { TextDocument } from 'vscode-languageserver-textdocument';
import type { OpenDocuments } from '../workspace-folders';
import type { DocumentText } from './messages';

/** A worker's copy of the editor's open documents, kept in step by messages from the LSP thread. */
export class DocumentCopies implements OpenDocuments {
  private readonly docs = new Map<string, TextDocument>();

  constructor(initial: DocumentText[] = []) {
    for (const d of initial) this.set(d);
  }

  set(d: DocumentText): void {
    this.docs.set(d.uri, TextDocument.create(d.uri, 'typescript', d.version, d.text));
  }

  delete(uri: string): void {
    this.docs.delete(uri);
  }

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }
}
