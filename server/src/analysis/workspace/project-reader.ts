import * as fs from 'node:fs';
import * as path from 'node:path';
import { tryReadTextFile } from './safe-fs';

/** Build configuration files are small; anything larger is not one we read. */
const MAX_PROJECT_FILE_BYTES = 1024 * 1024;

/**
 * Reads the files that describe how a workspace is built (tsconfig/jsconfig, package.json,
 * pnpm-workspace.yaml): regular files only, size-limited, each once per model. Every file read
 * is remembered with its text, so that a result cache can key on exactly what the model used.
 */
export class ProjectReader {
  private readonly texts = new Map<string, string | undefined>();
  private readonly kinds = new Map<string, 'file' | 'dir' | 'none'>();

  constructor(private readonly override?: (file: string) => string | undefined) {}

  /** The text of a regular file, or undefined (missing, not a regular file, too large, unreadable). */
  text(file: string): string | undefined {
    const abs = path.resolve(file);
    if (this.texts.has(abs)) return this.texts.get(abs);
    let text: string | undefined;
    if (this.kindOf(abs) === 'file' && !isInsidePackages(abs)) {
      const o = this.override?.(abs);
      if (o !== undefined && o.length <= MAX_PROJECT_FILE_BYTES) text = o;
      else {
        text = tryReadTextFile(abs, { kind: 'project', maxBytes: MAX_PROJECT_FILE_BYTES });
      }
    }
    this.texts.set(abs, text);
    return text;
  }

  /**
   * Like text(), for files of installed packages too: a tsconfig `extends` may name a shared
   * configuration package, which is read as JSON data like any other config.
   */
  packageConfigText(file: string): string | undefined {
    const abs = path.resolve(file);
    if (this.texts.has(abs)) return this.texts.get(abs);
    const text = tryReadTextFile(abs, { kind: 'project', maxBytes: MAX_PROJECT_FILE_BYTES });
    this.texts.set(abs, text);
    return text;
  }

  isFile(file: string): boolean {
    return this.kindOf(path.resolve(file)) === 'file';
  }

  isDirectory(dir: string): boolean {
    return this.kindOf(path.resolve(dir)) === 'dir';
  }

  /** The files read so far that exist, with their text: the model's inputs. */
  inputs(): Array<{ file: string; text: string }> {
    const out: Array<{ file: string; text: string }> = [];
    for (const [file, text] of this.texts) if (text !== undefined) out.push({ file, text });
    return out.sort((a, b) => a.file.localeCompare(b.file));
  }

  private kindOf(abs: string): 'file' | 'dir' | 'none' {
    let k = this.kinds.get(abs);
    if (k === undefined) {
      try {
        // lstat: a symbolic link is not followed out of the workspace.
        const st = fs.lstatSync(abs);
        k = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'none';
      } catch {
        k = 'none';
      }
      this.kinds.set(abs, k);
    }
    return k;
  }
}

export function isInsidePackages(p: string): boolean {
  // Asked for every path the compiler probes: the split only when the name is there at all.
  return p.includes('node_modules') && p.split(/[\\/]/).includes('node_modules');
}
