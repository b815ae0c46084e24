import * as path from 'node:path';
import { ConfigError, defaultConfig, findConfigFile, loadConfigFile, type DiscloseConfig } from './config';

/**
 * Finds the configuration that governs each file: the nearest .disclose.yaml in its folder or
 * a parent, or the built-in default. One instance per run; it caches by folder and by file.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, DiscloseConfig>();
  private fallback: DiscloseConfig | undefined;
  readonly errors: ConfigError[] = [];

  constructor(private readonly options: { configFile?: string; policy?: string; ignoreFiles?: boolean } = {}) {}

  /** Throws ConfigError for a broken configuration. */
  configFor(file: string): DiscloseConfig {
    if (this.options.configFile) return this.load(path.resolve(this.options.configFile));
    if (this.options.ignoreFiles) return (this.fallback ??= defaultConfig(this.options.policy));
    const dir = path.dirname(path.resolve(file));
    let cfgFile = this.byDir.get(dir);
    if (!this.byDir.has(dir)) {
      cfgFile = findConfigFile(dir);
      this.byDir.set(dir, cfgFile);
    }
    if (!cfgFile) return (this.fallback ??= defaultConfig(this.options.policy));
    return this.load(cfgFile);
  }

  private load(file: string): DiscloseConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    const cfg = loadConfigFile(file, this.options.policy);
    this.byFile.set(file, cfg);
    return cfg;
  }
}
