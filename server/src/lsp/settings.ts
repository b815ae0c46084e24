import type { RuleId } from '../analysis/policy/rule-registry';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off' | 'default';

/** The `disclose.*` settings, read per resource through workspace/configuration. */
export interface DiscloseSettings {
  enable: boolean;
  policy: string;
  rules: Partial<Record<RuleId, { severity?: SeveritySetting }>>;
  reportUnresolved: boolean;
  debounceMs: number;
  exclude: string[];
  maxFileSize: number;
  /**
   * Analyse test code too. Without it, test files are neither analysed (an open test file shows
   * no diagnostics) nor counted as callers of the wrappers they call.
   */
  includeTests: boolean;
}

/** The most `disclose.maxFileSize` may raise the limit to (as declared in package.json). */
export const MAX_FILE_SIZE_LIMIT = 8 * 1024 * 1024;
/** The most `disclose.exclude` patterns honoured (as declared in package.json). */
export const MAX_EXCLUDE_PATTERNS = 200;

export const DEFAULT_SETTINGS: DiscloseSettings = {
  enable: true,
  policy: '',
  rules: {},
  reportUnresolved: false,
  debounceMs: 200,
  exclude: [],
  maxFileSize: 1024 * 1024,
  includeTests: false,
};

/** Accepts whatever a client sends and keeps only well-typed values. */
export function normaliseSettings(raw: unknown): DiscloseSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: DiscloseSettings['rules'] = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
      const sev = (v as { severity?: unknown })?.severity;
      if (typeof sev === 'string' && ['error', 'warning', 'information', 'hint', 'off', 'default'].includes(sev))
        rules[id as RuleId] = { severity: sev as SeveritySetting };
    }
  }
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    policy: typeof r.policy === 'string' ? r.policy : DEFAULT_SETTINGS.policy,
    rules,
    reportUnresolved: typeof r.reportUnresolved === 'boolean' ? r.reportUnresolved : DEFAULT_SETTINGS.reportUnresolved,
    debounceMs: typeof r.debounceMs === 'number' && r.debounceMs >= 0 ? Math.min(r.debounceMs, 10_000) : DEFAULT_SETTINGS.debounceMs,
    exclude: Array.isArray(r.exclude)
      ? r.exclude.filter((x): x is string => typeof x === 'string').slice(0, MAX_EXCLUDE_PATTERNS)
      : DEFAULT_SETTINGS.exclude,
    maxFileSize:
      typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? Math.min(r.maxFileSize, MAX_FILE_SIZE_LIMIT) : DEFAULT_SETTINGS.maxFileSize,
    includeTests: typeof r.includeTests === 'boolean' ? r.includeTests : DEFAULT_SETTINGS.includeTests,
  };
}
