import * as path from 'node:path';
import type { CheckFormat } from './args';
import { repositoryRootOf } from './workspace-root';

/** Paths in reports are relative to a root folder, with forward slashes. */
export function relativePath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/**
 * The folder a report's paths are relative to. Code scanning, pull-request annotations and
 * merge-request widgets place a path from the repository's root, so the formats they read use it
 * (where the scan is inside a repository), whichever folder or files were named. Text and JSON
 * are read where the command ran: relative to the scanned folder, or, for named files, to the
 * working directory they were named from.
 */
export function reportRoot(format: CheckFormat, scanRoot: string, namedFrom: string | undefined): string {
  if (format === 'sarif' || format === 'github' || format === 'gitlab') return repositoryRootOf(scanRoot) ?? scanRoot;
  return namedFrom ?? scanRoot;
}
