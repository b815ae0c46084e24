import * as path from 'node:path';
import { categoryById, type PolicyPack, PolicyPackError, resolvePolicyPack } from '../policy/policy-pack';
import { readRulesJson } from '../policy/rules-data';
import { repositoryRootOf } from '../workspace/repository-root';
import { isInside, pathExists, readTextFile, UnsafeFileError } from '../workspace/safe-fs';
import { parseLocatedYaml, validateLocated, type YamlProblem } from './located-yaml';

export const CONFIG_FILE_NAME = '.disclose.yaml';
export const DEFAULT_POLICY = 'visma-no';

export interface RecipientMatch {
  hosts?: string[];
  urls?: string[];
  env?: string[];
  packages?: string[];
}

export interface Recipient {
  id: string;
  name?: string;
  category: string;
  match?: RecipientMatch;
  purposes?: string[];
  legalBasis?: string;
  nda?: boolean;
  /** Where the entry stands in .disclose.yaml (0-based), for related information and edits. */
  location?: { file: string; line: number; column: number; endLine: number; endColumn: number };
}

export interface DiscloseConfig {
  /** The .disclose.yaml this came from; undefined for the built-in default. */
  file?: string;
  dir?: string;
  policy: PolicyPack;
  recipients: Recipient[];
  internal: Required<RecipientMatch> & { urls: string[] };
  personalData: Array<{ category: string; names: string[] }>;
  sanitizers: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: YamlProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line + 1}:${p.column + 1}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

let configSchema: object | undefined;
export function configSchemaObject(): object {
  return (configSchema ??= readRulesJson('schemas/disclose-config.schema.json') as object);
}

export function defaultConfig(policyOverride?: string): DiscloseConfig {
  return {
    policy: resolvePolicyPack(policyOverride ?? DEFAULT_POLICY, undefined),
    recipients: [],
    internal: { hosts: [], urls: [], env: [], packages: [] },
    personalData: [],
    sanitizers: [],
  };
}

/** Parses and validates a .disclose.yaml; throws ConfigError with located problems. */
/** A configuration larger than this is refused: it is hostile or generated, never hand-written. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * `boundary`: the folder (the repository or workspace root) a policy pack named by the file must
 * stay in; by default the repository that holds the file, or the file's folder.
 */
export function parseConfig(file: string, text: string, policyOverride?: string, boundary?: string): DiscloseConfig {
  if (text.length > MAX_CONFIG_BYTES) {
    throw new ConfigError([
      {
        file,
        path: [],
        line: 0,
        column: 0,
        endLine: 0,
        endColumn: 0,
        message: `The configuration is ${Math.round(text.length / 1024)} KiB; Disclose reads at most ${MAX_CONFIG_BYTES / 1024} KiB`,
      },
    ]);
  }
  const located = parseLocatedYaml(file, text);
  if (located.problems.length) throw new ConfigError(located.problems);
  if (located.value === null || located.value === undefined) located.value = {};
  const problems = validateLocated(file, located, configSchemaObject());
  if (problems.length) throw new ConfigError(problems);
  const raw = located.value as {
    policy?: string;
    recipients?: Recipient[];
    internal?: RecipientMatch & { urls?: string[] };
    personalData?: Array<{ category: string; names: string[] }>;
    sanitizers?: string[];
  };
  const dir = path.dirname(file);
  let policy: PolicyPack;
  const policyName = policyOverride ?? raw.policy ?? DEFAULT_POLICY;
  try {
    policy = resolvePolicyPack(policyName, dir, policyOverride ? undefined : (boundary ?? repositoryRootOf(dir) ?? dir));
  } catch (e) {
    const where = located.rangeOf(['policy']);
    if (e instanceof PolicyPackError) {
      throw new ConfigError([{ file, path: ['policy'], ...where, message: `The policy pack '${policyName}' is invalid:\n${e.message}` }]);
    }
    throw new ConfigError([{ file, path: ['policy'], ...where, message: (e as Error).message }]);
  }
  const seen = new Map<string, number>();
  const recipients = (raw.recipients ?? []).map((r, i) => {
    if (!categoryById(policy, r.category)) {
      problems.push({
        file,
        path: ['recipients', i, 'category'],
        ...located.rangeOf(['recipients', i, 'category']),
        message: `Unknown recipient category '${r.category}' for policy ${policy.id}; expected one of: ${policy.recipientCategories.map((c) => c.id).join(', ')}`,
      });
    }
    if (seen.has(r.id)) {
      problems.push({
        file,
        path: ['recipients', i, 'id'],
        ...located.rangeOf(['recipients', i, 'id']),
        message: `Duplicate recipient id '${r.id}' (first at recipients[${seen.get(r.id)}])`,
      });
    } else seen.set(r.id, i);
    return { ...r, location: { file, ...located.rangeOf(['recipients', i]) } };
  });
  if (problems.length) throw new ConfigError(problems);
  return {
    file,
    dir,
    policy,
    recipients,
    internal: {
      hosts: raw.internal?.hosts ?? [],
      urls: raw.internal?.urls ?? [],
      env: raw.internal?.env ?? [],
      packages: raw.internal?.packages ?? [],
    },
    personalData: raw.personalData ?? [],
    sanitizers: raw.sanitizers ?? [],
  };
}

/** Reads and parses a .disclose.yaml; `within`: where it must stay once links are resolved. */
export function loadConfigFile(file: string, policyOverride?: string, within?: string): DiscloseConfig {
  let text: string;
  try {
    text = readTextFile(file, { kind: 'config', within });
  } catch (e) {
    const reason = e instanceof UnsafeFileError ? e.reason : 'cannot be read';
    throw new ConfigError([{ file, path: [], line: 0, column: 0, endLine: 0, endColumn: 0, message: `Cannot read ${file}: ${reason}` }]);
  }
  return parseConfig(file, text, policyOverride, within);
}

/**
 * The nearest .disclose.yaml in the file's folder or a parent, up to `stopAt` (the repository or
 * workspace root): a file above it belongs to someone else and must not silence findings here.
 * The one lookup of the CLI and the editor: `exists` says whether a file is there (the editor
 * counts unsaved text), `known` keeps the answer of every folder walked, for later calls.
 */
export function findConfigFile(
  fromDir: string,
  stopAt?: string,
  exists: (file: string) => boolean = pathExists,
  known?: Map<string, string | null>,
): string | undefined {
  let dir = path.resolve(fromDir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  if (stop && !isInside(dir, stop)) return undefined;
  const walked: string[] = [];
  const answer = (found: string | null): string | undefined => {
    if (known) for (const d of walked) known.set(d, found);
    return found ?? undefined;
  };
  for (;;) {
    const cached = known?.get(dir);
    if (cached !== undefined) return answer(cached);
    walked.push(dir);
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (exists(candidate)) return answer(candidate);
    if (stop && dir === stop) return answer(null);
    const parent = path.dirname(dir);
    if (parent === dir) return answer(null);
    dir = parent;
  }
}
