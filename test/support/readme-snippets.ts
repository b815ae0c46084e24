import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from './paths';
import { makeTempDir } from './temp-dir';

/** The first fenced block of `language` in the README that contains `marker`, verbatim. */
export function readmeBlock(language: string, marker: string): string {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  for (const m of readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))) if (m[1]!.includes(marker)) return m[1]!;
  throw new Error(`README.md has no ${language} block with ${marker}`);
}

/**
 * A folder holding `disclose-language-server`, as an npm install puts it on PATH: a script that
 * starts the built server, so the README's snippets run unchanged.
 */
export function serverOnPath(): string {
  const bin = makeTempDir('disclose-bin-');
  const script = path.join(bin, 'disclose-language-server');
  fs.writeFileSync(script, `#!/bin/sh\nexec "${process.execPath}" "${path.join(PROJECT_ROOT, 'dist', 'server.js')}" "$@"\n`, {
    mode: 0o755,
  });
  return bin;
}
