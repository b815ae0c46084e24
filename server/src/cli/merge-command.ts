import { readTextFile, UnsafeFileError } from '../analysis/workspace/safe-fs';
import { type MergeArgs, UsageError } from './args';
import { compareResults, resultKey } from './finding-to-sarif';

interface SarifResult {
  ruleId: string;
  partialFingerprints?: Record<string, string>;
  locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number; startColumn?: number } } }>;
}

interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { name: string } }; results: SarifResult[] } & Record<string, unknown>>;
}

function read(file: string): SarifLog {
  let text: string;
  try {
    text = readTextFile(file, { kind: 'sarif' });
  } catch (e) {
    throw new UsageError(`Cannot read ${file}: ${e instanceof UnsafeFileError ? e.reason : 'cannot be read'}`);
  }
  let log: SarifLog;
  try {
    log = JSON.parse(text) as SarifLog;
  } catch {
    // The parser's message quotes the text: never echo a file that is not what it should be.
    throw new UsageError(`${file} is not a SARIF 2.1.0 report of disclose check: not valid JSON`);
  }
  if (
    !log ||
    typeof log !== 'object' ||
    log.version !== '2.1.0' ||
    !Array.isArray(log.runs) ||
    log.runs.length !== 1 ||
    log.runs[0]?.tool?.driver?.name !== 'disclose' ||
    !Array.isArray(log.runs[0].results)
  ) {
    throw new UsageError(`${file} is not a SARIF 2.1.0 report of disclose check`);
  }
  return log;
}

/** Joins the reports of `check --shard I/N` runs into the report a single run gives. */
export function mergeSarif(args: MergeArgs): string {
  const logs = args.inputs.map(read);
  const base = logs[0]!;
  const seen = new Set<string>();
  const results: SarifResult[] = [];
  for (const log of logs)
    for (const r of log.runs[0]!.results) {
      const k = resultKey(r);
      if (seen.has(k)) continue;
      seen.add(k);
      results.push(r);
    }
  results.sort(compareResults);
  const merged: SarifLog = { ...base, runs: [{ ...base.runs[0]!, results }] };
  return JSON.stringify(merged, null, 2) + '\n';
}
