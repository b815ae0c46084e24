import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The one way Disclose reads and writes files. A workspace is untrusted input: a name in it may
 * be a device (`/dev/zero` never ends), a FIFO (blocks a reader for ever), a socket, a committed
 * symbolic link to a file outside, or a file too large to hold. Every reader goes through
 * `readTextFile` with the limit of its kind; every writer through `writeTextFile`, which
 * replaces its target atomically and never writes through a link.
 */

/** The kinds of file Disclose reads, each with its own size limit. */
export type FileKind = 'source' | 'config' | 'policy' | 'project' | 'ignore' | 'baseline' | 'sarif' | 'cache';

const MIB = 1024 * 1024;
const SIZE_LIMITS: Readonly<Record<FileKind, number>> = {
  source: MIB,
  config: MIB,
  policy: MIB,
  /** tsconfig.json, jsconfig.json, package.json */
  project: MIB,
  ignore: MIB,
  baseline: 64 * MIB,
  sarif: 256 * MIB,
  cache: 256 * MIB,
};

/** A file Disclose will not read or write, with a one-line reason that never quotes its content. */
export class UnsafeFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly code: 'not-found' | 'not-regular' | 'outside' | 'too-large' | 'symlink' | 'io' = 'io',
  ) {
    super(`${file}: ${reason}`);
    this.name = 'UnsafeFileError';
  }
}

export interface ReadOptions {
  kind: FileKind;
  /** Overrides the kind's limit (a user's --max-file-size). */
  maxBytes?: number;
  /**
   * Folders the file must stay in once symbolic links are resolved (the workspace). Omit it for a
   * path the user named on the command line: that one is theirs to choose.
   */
  within?: string | readonly string[];
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

function realOr(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

/** Whether `file` is `dir` or lies below it (both absolute, lexically). */
export function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

// The workspace folders a run bounds its reads by: resolved once, not once per file.
const realBoundaries = new Map<string, string>();
function realBoundary(dir: string): string {
  let r = realBoundaries.get(dir);
  if (r === undefined) {
    if (realBoundaries.size > 1000) realBoundaries.clear();
    realBoundaries.set(dir, (r = realOr(dir)));
  }
  return r;
}

function checkWithin(file: string, within: ReadOptions['within']): void {
  if (within === undefined) return;
  const dirs = typeof within === 'string' ? [within] : within;
  if (dirs.length === 0) return;
  const real = realOr(file);
  if (!dirs.some((d) => isInside(real, realBoundary(d)))) {
    throw new UnsafeFileError(file, 'lies outside the workspace once symbolic links are resolved; not read', 'outside');
  }
}

function describeError(file: string, e: NodeJS.ErrnoException): UnsafeFileError {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new UnsafeFileError(file, 'no such file', 'not-found');
    case 'EACCES':
    case 'EPERM':
      return new UnsafeFileError(file, 'permission denied');
    case 'ELOOP':
      return new UnsafeFileError(file, 'too many levels of symbolic links', 'symlink');
    case 'EISDIR':
      return new UnsafeFileError(file, 'is a folder', 'not-regular');
    default:
      return new UnsafeFileError(file, `cannot be read (${e.code ?? e.message})`);
  }
}

/**
 * Reads a regular file as UTF-8 text, or throws UnsafeFileError. The file is opened
 * non-blocking (a FIFO never blocks the open) and checked on the open descriptor, so a name
 * swapped between the check and the read is still checked; at most the limit plus one byte is
 * ever read.
 */
export function readTextFile(file: string, opts: ReadOptions): string {
  return readBytes(file, opts).toString('utf8');
}

export function readBytes(file: string, opts: ReadOptions): Buffer {
  const limit = opts.maxBytes ?? SIZE_LIMITS[opts.kind];
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw describeError(file, e as NodeJS.ErrnoException);
  }
  if (!st.isFile()) throw new UnsafeFileError(file, `is ${kindOf(st)}, not a regular file; not read`, 'not-regular');
  checkWithin(file, opts.within);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | (fs.constants.O_NOCTTY ?? 0));
  } catch (e) {
    throw describeError(file, e as NodeJS.ErrnoException);
  }
  try {
    const fst = fs.fstatSync(fd);
    if (!fst.isFile()) throw new UnsafeFileError(file, `is ${kindOf(fst)}, not a regular file; not read`, 'not-regular');
    if (fst.size > limit) throw tooLarge(file, fst.size, limit);
    // Read to the end, not to the size stat gave: a file that grows meanwhile is still bounded.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(Math.max(fst.size - total + 1, 65536), limit + 1 - total));
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) throw tooLarge(file, total, limit);
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof UnsafeFileError) throw e;
    throw describeError(file, e as NodeJS.ErrnoException);
  } finally {
    fs.closeSync(fd);
  }
}

function tooLarge(file: string, size: number, limit: number): UnsafeFileError {
  return new UnsafeFileError(
    file,
    `is larger than the size limit (${Math.ceil(size / 1024)} KiB; Disclose reads at most ${Math.round(limit / 1024)} KiB)`,
    'too-large',
  );
}

/** The text, or undefined for a file that is missing, irregular, outside or too large. */
export function tryReadTextFile(file: string, opts: ReadOptions): string | undefined {
  try {
    return readTextFile(file, opts);
  } catch {
    return undefined;
  }
}

/** Whether something (of any kind, a dangling link included) exists at `file`. */
export function pathExists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

export interface WriteOptions {
  /** The folder the target must stay in once the links of its folders are resolved. */
  within?: string;
  /** File mode; by default a new file gets 0666 less the umask and a replaced one keeps its own. */
  mode?: number;
  /** Where the bytes go (tests inject a failing one to stand for a full disk). */
  writeSync?: (fd: number, data: Buffer, offset: number, length: number) => number;
}

function writeError(file: string, e: NodeJS.ErrnoException): UnsafeFileError {
  switch (e.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new UnsafeFileError(file, 'cannot be written: no space left on the device (the previous file, if any, is unchanged)');
    case 'EROFS':
      return new UnsafeFileError(file, 'cannot be written: the file system is read-only');
    case 'EACCES':
    case 'EPERM':
      return new UnsafeFileError(file, 'cannot be written: permission denied (is the folder read-only?)');
    case 'EISDIR':
      return new UnsafeFileError(file, 'cannot be written: it is a folder', 'not-regular');
    case 'ENOTDIR':
      return new UnsafeFileError(file, 'cannot be written: a part of its path is a file, not a folder');
    case 'ENOENT':
      return new UnsafeFileError(file, 'cannot be written: its folder does not exist', 'not-found');
    default:
      return new UnsafeFileError(file, `cannot be written (${e.code ?? e.message})`);
  }
}

/**
 * Replaces `file` with `text`: written to a temporary file beside it, flushed, then renamed over
 * it, so a failure (a full disk) leaves the previous file whole. A target that is a symbolic
 * link, a folder, a device or a FIFO is refused; so is a target whose folder resolves outside
 * `within`. Missing folders are created.
 */
export function writeTextFile(file: string, text: string | Buffer, opts: WriteOptions = {}): void {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  let existing: fs.Stats | undefined;
  try {
    existing = fs.lstatSync(target);
  } catch {
    existing = undefined;
  }
  if (existing?.isSymbolicLink()) throw new UnsafeFileError(file, 'is a symbolic link; Disclose does not write through links', 'symlink');
  if (existing && existing.isDirectory()) throw new UnsafeFileError(file, 'cannot be written: it is a folder', 'not-regular');
  if (existing && !existing.isFile()) throw new UnsafeFileError(file, `is ${kindOf(existing)}; not written`, 'not-regular');
  if (opts.within) {
    // Lexically inside, but a committed link among its folders may lead elsewhere.
    let probe = dir;
    while (!pathExists(probe) && path.dirname(probe) !== probe) probe = path.dirname(probe);
    if (!isInside(realOr(probe), realOr(opts.within))) {
      throw new UnsafeFileError(file, 'lies below a symbolic link that leads outside the workspace; not written', 'outside');
    }
  }
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw writeError(file, e as NodeJS.ErrnoException);
  }
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const write = opts.writeSync ?? ((fd: number, b: Buffer, o: number, l: number) => fs.writeSync(fd, b, o, l));
  let fd: number | undefined;
  try {
    fd = fs.openSync(
      tmp,
      fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0),
      opts.mode ?? (existing ? existing.mode & 0o777 : 0o666),
    );
    let off = 0;
    while (off < data.length) off += write(fd, data, off, data.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw writeError(file, e as NodeJS.ErrnoException);
  }
}
