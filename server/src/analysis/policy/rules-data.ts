import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLocatedYaml, validateLocated } from '../config/located-yaml';

/**
 * Finds the `rules/` folder that ships beside the bundle (`dist/../rules`) or, when running
 * from sources or compiled tests, in the project root above this file.
 */
let cachedRulesDir: string | undefined;
export function rulesDir(): string {
  if (cachedRulesDir) return cachedRulesDir;
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'rules');
    if (fs.existsSync(path.join(candidate, 'policies'))) return (cachedRulesDir = candidate);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`Disclose cannot find its rules/ folder (searched upwards from ${__dirname})`);
}

/**
 * Built-in rule files already parsed and validated at build time, keyed by a hash of the
 * file and its schema: reading one skips YAML parsing and schema validation, which is most of
 * the tool's start-up. An edited rules/ file no longer matches its hash and is read afresh.
 */
interface SnapshotEntry {
  hash: string;
  value: unknown;
}
const SNAPSHOT_FILE = 'rules-snapshot.json';
let snapshot: Record<string, SnapshotEntry> | undefined;
const recorded: Record<string, SnapshotEntry> = {};
const memo = new Map<string, unknown>();

function snapshotEntries(): Record<string, SnapshotEntry> {
  if (!snapshot) {
    try {
      snapshot = JSON.parse(fs.readFileSync(path.join(__dirname, SNAPSHOT_FILE), 'utf8')) as Record<string, SnapshotEntry>;
    } catch {
      snapshot = {};
    }
  }
  return snapshot;
}

/**
 * Reads a data file of rules/ and validates it against its schema: a broken built-in file is
 * a packaging error that must stop the tool with a located message, not skew its results.
 */
export function readRulesYaml(relative: string, schema?: string, load?: (file: string) => unknown): unknown {
  const key = `${relative}|${schema ?? ''}`;
  if (memo.has(key)) return memo.get(key);
  const file = path.join(rulesDir(), relative);
  const text = fs.readFileSync(file, 'utf8');
  const schemaText = schema ? fs.readFileSync(path.join(rulesDir(), 'schemas', schema), 'utf8') : '';
  const hash = createHash('sha256').update(text).update('\0').update(schemaText).digest('hex');
  const snap = snapshotEntries()[key];
  let value: unknown;
  if (snap?.hash === hash) value = snap.value;
  else if (load) value = load(file);
  else {
    const located = parseLocatedYaml(file, text);
    const problems = located.problems.length
      ? located.problems
      : schema
        ? validateLocated(file, located, parsedSchema(schema, schemaText))
        : [];
    if (problems.length) {
      throw new Error(
        `Disclose's rule data is invalid:\n${problems.map((p) => `${p.file}:${p.line + 1}:${p.column + 1}: ${p.message}`).join('\n')}`,
      );
    }
    value = located.value;
  }
  recorded[key] = { hash, value };
  memo.set(key, value);
  return value;
}

/**
 * One parsed object per schema file: the validator compiles a schema once per object, and
 * several rule files (the SDK catalog's) share one schema with one `$id`.
 */
const schemas = new Map<string, { text: string; value: object }>();
function parsedSchema(name: string, text: string): object {
  let s = schemas.get(name);
  if (!s || s.text !== text) schemas.set(name, (s = { text, value: JSON.parse(text) as object }));
  return s.value;
}

/** Writes what this process read and validated, for the build to ship beside the bundles. */
export function writeRulesSnapshot(dir: string): string {
  const file = path.join(dir, SNAPSHOT_FILE);
  fs.writeFileSync(file, JSON.stringify(recorded));
  return file;
}

export function readRulesJson(relative: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(rulesDir(), relative), 'utf8'));
}
