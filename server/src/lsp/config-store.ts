import * as path from 'node:path';
import { ConfigError, defaultConfig, type DiscloseConfig, findConfigFile, parseConfig } from '../analysis/config/config';
import type { YamlProblem } from '../analysis/config/located-yaml';
import { PolicyPackError } from '../analysis/policy/policy-pack';

interface Entry {
  /** The last configuration that loaded: it stays in force while the file is broken. */
  good?: DiscloseConfig;
  /** The text `good` was read from. */
  goodText?: string;
  problems: YamlProblem[];
  loadedText?: string;
}

/**
 * The configurations of a workspace, read through the editor's unsaved contents. A broken
 * .disclose.yaml keeps its last good configuration in force and reports its problems.
 */
export class ConfigStore {
  private readonly entries = new Map<string, Entry>();
  private readonly nearest = new Map<string, string | null>();
  private readonly defaults = new Map<string, DiscloseConfig>();
  generation = 0;

  /** `boundaryOf`: the folder where the search for a source file's .disclose.yaml stops. */
  constructor(
    private readonly readText: (file: string) => string | undefined,
    private readonly boundaryOf: (sourceFile: string) => string | undefined = () => undefined,
  ) {}

  /** A .disclose.yaml was created, changed or deleted (on disk or in the editor). */
  invalidate(file: string): void {
    this.nearest.clear();
    const e = this.entries.get(file);
    if (e) e.loadedText = undefined;
    this.generation++;
  }

  configFileFor(sourceFile: string): string | undefined {
    return findConfigFile(path.dirname(sourceFile), this.boundaryOf(sourceFile), (f) => this.readText(f) !== undefined, this.nearest);
  }

  /** The .disclose.yaml that governs a folder's own files: found from the folder upwards. */
  configFileForFolder(folder: string): string | undefined {
    return findConfigFile(folder, this.boundaryOf(folder), (f) => this.readText(f) !== undefined, this.nearest);
  }

  configFor(sourceFile: string, policySetting: string): DiscloseConfig {
    const file = this.configFileFor(sourceFile);
    if (!file) return this.defaultFor(policySetting);
    return this.load(file) ?? this.defaultFor(policySetting);
  }

  configForFolder(folder: string, policySetting: string): DiscloseConfig {
    const file = this.configFileForFolder(folder);
    return (file && this.load(file)) || this.defaultFor(policySetting);
  }

  /** Loads (or reuses) a config file; returns the configuration in force for it. */
  load(file: string): DiscloseConfig | undefined {
    const text = this.readText(file);
    let entry = this.entries.get(file);
    if (!entry) this.entries.set(file, (entry = { problems: [] }));
    if (text === undefined) return entry.good;
    if (entry.loadedText === text) return entry.good;
    entry.loadedText = text;
    try {
      entry.good = parseConfig(file, text);
      entry.goodText = text;
      entry.problems = [];
    } catch (e) {
      if (e instanceof ConfigError || e instanceof PolicyPackError) entry.problems = e.problems;
      else entry.problems = [{ file, message: (e as Error).message, path: [], line: 0, column: 0, endLine: 0, endColumn: 0 }];
    }
    return entry.good;
  }

  problemsOf(file: string): YamlProblem[] {
    this.load(file);
    return this.entries.get(file)?.problems ?? [];
  }

  /**
   * The text of each broken file's last good configuration: a job that reads the folder afresh
   * (the report, the starter configuration) works under the configuration in force, as the editor does.
   */
  textsInForce(): Array<{ file: string; text: string }> {
    return [...this.entries].flatMap(([file, e]) => (e.problems.length && e.goodText !== undefined ? [{ file, text: e.goodText }] : []));
  }

  brokenFiles(): string[] {
    return [...this.entries].filter(([, e]) => e.problems.length).map(([f]) => f);
  }

  private defaultFor(policySetting: string): DiscloseConfig {
    const key = policySetting || '';
    let d = this.defaults.get(key);
    if (!d) {
      try {
        d = defaultConfig(policySetting || undefined);
      } catch {
        d = defaultConfig();
      }
      this.defaults.set(key, d);
    }
    return d;
  }
}
