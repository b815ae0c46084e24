import { tooDeepReason } from './nesting-depth';
import { readTextFile, UnsafeFileError } from './safe-fs';

/**
 * The text TypeScript parses for a file: the editor's unsaved text or the file on disk, read
 * through the safe reader and kept within the workspace. A file that is too large or too deeply
 * nested is parsed as empty (it still exists, so imports of it resolve), never as a crash.
 */
export function readSourceForParse(file: string, unsaved: string | undefined, maxBytes: number, root: string): string | undefined {
  let text = unsaved;
  if (text === undefined) {
    try {
      text = readTextFile(file, { kind: 'source', maxBytes, within: root });
    } catch (e) {
      return e instanceof UnsafeFileError && e.code === 'too-large' ? '' : undefined;
    }
  }
  return tooDeepReason(text, file) ? '' : text;
}
