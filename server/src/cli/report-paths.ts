import * as path from 'node:path';
import { repositoryRootOf } from '../analysis/workspace/repository-root';
import type { CheckFormat } from './args';

/** Paths in reports are relative to a root folder, with forward slashes. */
export function relativePath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/**
 * The folder a report's paths are relative to. Pull-request annotations and merge-request
 * widgets place a path from the repository's root, so the formats they read use it (where the
 * scan is inside a repository), whichever folder or files were named. SARIF keeps the contract's
 * scanned root, with that folder as its `%SRCROOT%` base. Text and JSON are read where the
 * command ran: relative to the scanned folder, or, for named files, to the working directory
 * they were named from.
 */
export function reportRoot(format: CheckFormat, scanRoot: string, namedFrom: string | undefined): string {
  if (format === 'github' || format === 'gitlab') return repositoryRootOf(scanRoot) ?? scanRoot;
  if (format === 'sarif') return scanRoot;
  return namedFrom ?? scanRoot;
}
