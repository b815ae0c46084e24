import * as fs from 'node:fs';
import * as path from 'node:path';

/** The project root, from the compiled test files in out/test/… */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(PROJECT_ROOT, 'dist', 'cli.js');
export const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
export const CORPUS = path.join(PROJECT_ROOT, 'test', 'corpus');

/**
 * The prefix of examples/ files in SARIF, GitHub and GitLab reports, which are relative to the
 * repository's root: 'examples/' in a checkout, '' where the project is not in a git repository.
 */
export const EXAMPLES_IN_REPO = ((): string => {
  for (let dir = EXAMPLES; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return path.relative(dir, EXAMPLES).split(path.sep).join('/') + '/';
    if (path.dirname(dir) === dir) return '';
  }
})();
