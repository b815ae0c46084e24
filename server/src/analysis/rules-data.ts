import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';

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

export function readRulesYaml(relative: string): unknown {
  const file = path.join(rulesDir(), relative);
  return parseYaml(fs.readFileSync(file, 'utf8'));
}

export function readRulesJson(relative: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(rulesDir(), relative), 'utf8'));
}
