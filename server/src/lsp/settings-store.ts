import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type DiscloseSettings, normaliseSettings } from './settings';
import { fileOfUri } from './workspace-folders';

/**
 * The `disclose.*` settings per document, asked of the client once and kept until it says the
 * configuration changed: a round trip per keystroke would be most of an edit's latency.
 */
export class SettingsStore {
  private readonly byUri = new Map<string, Promise<DiscloseSettings>>();
  private readonly byFolder = new Map<string, DiscloseSettings>();
  private global: DiscloseSettings = DEFAULT_SETTINGS;
  /** Set at initialize: whether the client answers workspace/configuration. */
  askClient = false;

  constructor(
    private readonly connection: Connection,
    private readonly folderOf: (file: string) => string,
  ) {}

  settingsFor(uri: string): Promise<DiscloseSettings> {
    if (!this.askClient) return Promise.resolve(this.global);
    let pending = this.byUri.get(uri);
    if (!pending) {
      pending = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'disclose' }).then((raw) => {
        const s = normaliseSettings(raw);
        const file = fileOfUri(uri);
        if (file) this.byFolder.set(this.folderOf(file), s);
        return s;
      });
      this.byUri.set(uri, pending);
      pending.catch(() => this.byUri.delete(uri));
    }
    return pending;
  }

  /** The settings last read for a folder, without a round trip (the client's defaults before). */
  ofFolder(folder: string): DiscloseSettings {
    return this.byFolder.get(folder) ?? this.global;
  }

  changed(settings: unknown): void {
    this.byUri.clear();
    const s = (settings as { disclose?: unknown } | undefined)?.disclose;
    if (s !== undefined) this.global = normaliseSettings(s);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
