import * as path from 'node:path';

/** The project root, from the compiled test files in out/test/… */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(PROJECT_ROOT, 'dist', 'cli.js');
export const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
export const CORPUS = path.join(PROJECT_ROOT, 'test', 'corpus');
