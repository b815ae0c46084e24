import * as fs from 'node:fs';
import { UsageError, type MergeArgs } from './args';
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
  let log: SarifLog;
  try {
    log = JSON.parse(fs.readFileSync(file, 'utf8')) as SarifLog;
  } catch (e) {
    throw new UsageError(`Cannot read ${file}: ${(e as Error).message}`);
  }
  if (log.version !== '2.1.0' || !Array.isArray(log.runs) || log.runs.length !== 1 || log.runs[0]!.tool?.driver?.name !== 'disclose') {
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
