import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type DiscloseConfig } from '../analysis/config/config';
import { repositoryRootOf } from '../analysis/workspace/repository-root';
import { tryReadTextFile } from '../analysis/workspace/safe-fs';
import { ConfigStore } from './config-store';
import type { DiscloseSettings } from './settings';

/** The open documents as both threads see them: the LSP's TextDocuments, or the worker's copy. */
export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}
export interface OpenDocuments {
  get(uri: string): OpenDocument | undefined;
  all(): OpenDocument[];
}

export function fileOfUri(uri: string): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/**
 * The workspace folders, the text of their files (unsaved editor text first) and the
 * configurations in force. Light enough for the LSP thread, which answers hovers, code actions
 * and status from it; the analysis worker holds one of its own under its WorkspaceState.
 */
export class WorkspaceFolders {
  readonly configs: ConfigStore;
  private list: string[] = [];

  constructor(
    private readonly documents: OpenDocuments,
    private readonly settingsOf: (folder: string) => DiscloseSettings,
  ) {
    this.configs = new ConfigStore(
      (f) => this.readText(f),
      (f) => this.configBoundaryOf(f),
    );
  }

  /** Longest first, so that a nested folder wins over the folder around it. */
  get folders(): readonly string[] {
    return this.list;
  }

  /** The folders in the order the client named them: the first is the default of commands. */
  private named: string[] = [];
  get inClientOrder(): readonly string[] {
    return this.named;
  }
  get first(): string | undefined {
    return this.named[0];
  }

  setFolders(folders: string[]): void {
    this.named = folders.map((f) => path.resolve(f));
    this.list = [...this.named].sort((a, b) => b.length - a.length);
    this.configs.invalidate('');
  }

  /** Open documents win over the disk; unreadable or oversized files read as missing. */
  readText(file: string): string | undefined {
    const doc = this.documents.get(pathToUri(file));
    if (doc) return doc.getText();
    return tryReadTextFile(file, { kind: 'source', maxBytes: 8 * 1024 * 1024, within: this.folderOf(file) });
  }

  /** Where the search for a .disclose.yaml stops: the repository root, or the workspace folder. */
  configBoundaryOf(file: string): string {
    const folder = this.folderOf(file);
    return repositoryRootOf(folder) ?? folder;
  }

  folderOf(file: string): string {
    const f = this.list.find((root) => {
      const rel = path.relative(root, file);
      return !rel.startsWith('..') && !path.isAbsolute(rel);
    });
    return f ?? path.dirname(file);
  }

  /** The configuration in force for a source file, under the settings of its folder. */
  configFor(file: string): DiscloseConfig {
    return this.configs.configFor(file, this.settingsOf(this.folderOf(file)).policy);
  }

  /**
   * The configuration in force at a folder's top: the .disclose.yaml found from the folder
   * upwards (to the repository root), else the default of the policy setting.
   */
  configForFolder(folder: string): DiscloseConfig {
    return this.configs.configForFolder(folder, this.settingsOf(this.folderOf(folder)).policy);
  }
}
