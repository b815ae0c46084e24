import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigResolver } from '../../server/src/analysis/config/config-resolver';
import { analyze } from '../../server/src/analysis/engine';
import type { Finding } from '../../server/src/analysis/flows/finding';
import { discoverFiles } from '../../server/src/analysis/workspace/workspace-files';
import { makeTempDir } from './temp-dir';

/** Writes a small project to a temporary folder: { 'src/a.ts': '…', '.disclose.yaml': '…' }. */
export function writeProject(files: Record<string, string>): string {
  const dir = makeTempDir('disclose-test-');
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return dir;
}

export function analyzeProject(
  files: Record<string, string>,
  options: { reportUnresolved?: boolean } = {},
): { dir: string; findings: Finding[] } {
  const dir = writeProject(files);
  const { files: list } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1024 * 1024 });
  const resolver = new ConfigResolver();
  const { findings } = analyze({
    root: dir,
    files: list,
    configFor: (f) => resolver.configFor(f),
    reportUnresolved: options.reportUnresolved,
  });
  return { dir, findings };
}

/** `file:line rule [categories]`, 1-based, for compact assertions. */
export function summarize(dir: string, findings: Finding[]): string[] {
  return findings.map((f) => `${path.relative(dir, f.location.file)}:${f.location.line + 1} ${f.ruleId} [${f.dataCategories.join(', ')}]`);
}
