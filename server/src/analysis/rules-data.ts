import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLocatedYaml, validateLocated } from './located-yaml';

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
 * Reads a data file of rules/ and validates it against its schema: a broken built-in file is
 * a packaging error that must stop the tool with a located message, not skew its results.
 */
export function readRulesYaml(relative: string, schema?: string): unknown {
  const file = path.join(rulesDir(), relative);
  const located = parseLocatedYaml(file, fs.readFileSync(file, 'utf8'));
  const problems = located.problems.length ? located.problems : schema ? validateLocated(file, located, readRulesJson(`schemas/${schema}`) as object) : [];
  if (problems.length) {
    throw new Error(`Disclose's rule data is invalid:\n${problems.map((p) => `${p.file}:${p.line + 1}:${p.column + 1}: ${p.message}`).join('\n')}`);
  }
  return located.value;
}

export function readRulesJson(relative: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(rulesDir(), relative), 'utf8'));
}
