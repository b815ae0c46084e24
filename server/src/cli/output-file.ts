import * as os from 'node:os';
import * as path from 'node:path';
import { isInside, UnsafeFileError, type WriteOptions, writeTextFile } from '../analysis/workspace/safe-fs';
import { UsageError } from './args';
import { relativePath } from './report-paths';

/**
 * Writes a file the CLI was asked to write (a report, a baseline, a configuration): atomically,
 * never through a symbolic link, and never through a linked folder out of the scanned workspace
 * when the path lies in it. A failure is a one-line usage error; the previous file survives.
 */
export function writeOutputFile(
  file: string,
  text: string,
  where: { cwd: string; root?: string },
  inject?: Pick<WriteOptions, 'writeSync'>,
): void {
  const abs = path.resolve(where.cwd, file);
  // `--output /dev/null` (a benchmark's or a script's "only the exit code"): nothing to keep.
  if (abs === os.devNull) return;
  const within = where.root && isInside(abs, path.resolve(where.root)) ? where.root : undefined;
  try {
    writeTextFile(abs, text, { within, ...inject });
  } catch (e) {
    if (e instanceof UnsafeFileError) throw new UsageError(`${relativePath(where.cwd, abs)} ${e.reason}`);
    throw e;
  }
}
