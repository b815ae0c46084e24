import * as path from 'node:path';
import { repositoryRootOf } from '../workspace/repository-root';
import { isInside } from '../workspace/safe-fs';
import { type ConfigError, defaultConfig, type DiscloseConfig, findConfigFile, loadConfigFile } from './config';

/**
 * Finds the configuration that governs each file: the nearest .disclose.yaml in its folder or
 * a parent, or the built-in default. One instance per run; it caches by folder and by file.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, DiscloseConfig>();
  private readonly knownByBoundary = new Map<string | undefined, Map<string, string | null>>();
  private fallback: DiscloseConfig | undefined;
  readonly errors: ConfigError[] = [];

  /**
   * `root`: the scanned folder. The search for a .disclose.yaml stops at the root of the repository
   * that holds it (or at the root itself outside a repository), and the configuration and the
   * policy pack it names must stay inside that boundary.
   */
  constructor(private readonly options: { configFile?: string; policy?: string; ignoreFiles?: boolean; root?: string } = {}) {}

  private boundaryCache = new Map<string, string | undefined>();
  private boundaryFor(dir: string): string | undefined {
    const root = this.options.root ? path.resolve(this.options.root) : undefined;
    const base = root && isInside(dir, root) ? root : dir;
    if (!this.boundaryCache.has(base)) this.boundaryCache.set(base, repositoryRootOf(base) ?? (root ? base : undefined));
    return this.boundaryCache.get(base);
  }

  /** Throws ConfigError for a broken configuration. */
  configFor(file: string): DiscloseConfig {
    if (this.options.configFile) return this.load(path.resolve(this.options.configFile), undefined);
    if (this.options.ignoreFiles) return (this.fallback ??= defaultConfig(this.options.policy));
    const dir = path.dirname(path.resolve(file));
    let cfgFile = this.byDir.get(dir);
    if (!this.byDir.has(dir)) {
      const boundary = this.boundaryFor(dir);
      // Folders share their parents' answers: each folder is looked in once, not once per folder below it.
      let known = this.knownByBoundary.get(boundary);
      if (!known) this.knownByBoundary.set(boundary, (known = new Map()));
      cfgFile = findConfigFile(dir, boundary, undefined, known);
      this.byDir.set(dir, cfgFile);
    }
    if (!cfgFile) return (this.fallback ??= defaultConfig(this.options.policy));
    return this.load(cfgFile, this.boundaryFor(dir));
  }

  private load(file: string, within: string | undefined): DiscloseConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const cfg = loadConfigFile(file, this.options.policy, within);
    this.byFile.set(file, cfg);
    return cfg;
  }
}
