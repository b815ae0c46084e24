import type { Finding } from '../analysis/flows/finding';
import { readTextFile, UnsafeFileError } from '../analysis/workspace/safe-fs';
import { UsageError } from './args';
import { relativePath } from './report-paths';

export const BASELINE_FILE_NAME = '.disclose-baseline.json';

interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  dataCategories: string[];
  recipient: string | null;
  endpoint: string | null;
}

interface BaselineFile {
  version: 1;
  tool: 'disclose';
  findings: BaselineEntry[];
}

export function baselineOf(findings: Finding[], root: string): BaselineFile {
  return {
    version: 1,
    tool: 'disclose',
    findings: findings
      .map((f) => ({
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        file: relativePath(root, f.location.file),
        dataCategories: f.dataCategories,
        recipient: f.recipient,
        endpoint: f.endpoint,
      }))
      .sort((a, b) => a.file.localeCompare(b.file) || a.fingerprint.localeCompare(b.fingerprint)),
  };
}

export function readBaseline(file: string): BaselineFile {
  let text: string;
  try {
    text = readTextFile(file, { kind: 'baseline' });
  } catch (e) {
    throw new UsageError(`Cannot read the baseline ${file}: ${e instanceof UnsafeFileError ? e.reason : 'cannot be read'}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // The parser's message quotes the text; a file named by mistake may hold secrets.
    throw new UsageError(`${file} is not a Disclose baseline: not valid JSON`);
  }
  const b = raw as Partial<BaselineFile> | null;
  if (
    !b ||
    typeof b !== 'object' ||
    b.version !== 1 ||
    !Array.isArray(b.findings) ||
    b.findings.some((x) => typeof x?.fingerprint !== 'string')
  ) {
    throw new UsageError(`${file} is not a Disclose baseline (expected {"version": 1, "findings": [...]})`);
  }
  return b as BaselineFile;
}

/** New findings, and how many were known and how many known ones are gone. */
export function applyBaseline(findings: Finding[], baseline: BaselineFile): { fresh: Finding[]; baselined: number; fixed: number } {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const present = new Set(findings.map((f) => f.fingerprint));
  const fresh = findings.filter((f) => !known.has(f.fingerprint));
  return { fresh, baselined: findings.length - fresh.length, fixed: [...known].filter((k) => !present.has(k)).length };
}
