import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigResolver } from '../analysis/config/config-resolver';
import { analyze } from '../analysis/engine';
import type { Finding } from '../analysis/flows/finding';
import { discoverFiles } from '../analysis/workspace/workspace-files';

export interface ExpectedFinding {
  file: string;
  line: number;
  rule: string;
  recipient?: string | null;
  categories?: string[];
}

export interface LabelledProject {
  name: string;
  dir: string;
  family: string;
  description: string;
  expected: ExpectedFinding[];
}

export interface ProjectScore {
  project: LabelledProject;
  truePositives: Array<{ expected: ExpectedFinding; actual: Finding; categoriesMatch: boolean }>;
  falsePositives: Finding[];
  falseNegatives: ExpectedFinding[];
}

export function loadProject(dir: string, expectedFile = path.join(dir, 'expected.yaml')): LabelledProject {
  const raw = parseYaml(fs.readFileSync(expectedFile, 'utf8')) as { family?: string; description?: string; findings?: ExpectedFinding[] };
  return {
    name: path.basename(dir),
    dir,
    family: raw.family ?? 'unknown',
    description: raw.description ?? '',
    expected: raw.findings ?? [],
  };
}

export function loadCorpus(corpusDir: string): LabelledProject[] {
  return fs
    .readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(corpusDir, d.name, 'expected.yaml')))
    .map((d) => loadProject(path.join(corpusDir, d.name)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Runs the engine on a project exactly as `disclose check <dir>` does. */
export function runProject(dir: string): Finding[] {
  const { files } = discoverFiles({ root: dir, paths: [dir], maxFileBytes: 1024 * 1024 });
  const resolver = new ConfigResolver();
  return analyze({ root: dir, files, configFor: (f) => resolver.configFor(f), focus: !process.env.DISCLOSE_NO_FOCUS }).findings;
}

/** A finding matches a label by file, 1-based line and rule. */
export function scoreProject(project: LabelledProject, actual: Finding[]): ProjectScore {
  const rel = (f: Finding) => path.relative(project.dir, f.location.file).split(path.sep).join('/');
  const remaining = [...actual];
  const truePositives: ProjectScore['truePositives'] = [];
  const falseNegatives: ExpectedFinding[] = [];
  for (const e of project.expected) {
    const i = remaining.findIndex(
      (a) =>
        rel(a) === e.file &&
        a.location.line + 1 === e.line &&
        a.ruleId === e.rule &&
        (e.recipient === undefined || (e.recipient ?? null) === a.recipient),
    );
    if (i < 0) {
      falseNegatives.push(e);
      continue;
    }
    const a = remaining.splice(i, 1)[0]!;
    const categoriesMatch = !e.categories || sameCategories(e.categories, a.dataCategories);
    truePositives.push({ expected: e, actual: a, categoriesMatch });
  }
  return { project, truePositives, falsePositives: remaining, falseNegatives };
}

/** Categories agree when each expected one is reported exactly or by a parent/child of it. */
function sameCategories(expected: string[], actual: string[]): boolean {
  const related = (a: string, b: string) => a === b || a.startsWith(b + '.') || b.startsWith(a + '.');
  return expected.every((e) => actual.some((a) => related(a, e))) && actual.every((a) => expected.some((e) => related(a, e)));
}

export interface Figures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function figures(scores: ProjectScore[]): Figures {
  const tp = scores.reduce((n, s) => n + s.truePositives.length, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.falseNegatives.length, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
