import * as path from 'node:path';

/** Paths in reports are relative to the scanned root, with forward slashes. */
export function relativePath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
