import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { MINIMAL_LIB, MINIMAL_LIB_FILE } from './minimal-lib';

/**
 * Builds a TypeScript program over the workspace's own files. Packages in node_modules are
 * never loaded: their imports stay unresolved, so SDKs are recognised by module name, and the
 * cost stays close to parsing the files themselves (no lib.d.ts, no @types).
 */
export interface ProgramInput {
  root: string;
  files: string[];
  /** Unsaved editor contents by absolute path. */
  overlay?: ReadonlyMap<string, string>;
  /** Files larger than this are treated as empty when reached through an import. */
  maxFileBytes: number;
  /** When set, only these source files exist for the program (imports of others stay unresolved). */
  visible?: ReadonlySet<string>;
  oldProgram?: ts.Program;
}

export function compilerOptionsFor(root: string): ts.CompilerOptions {
  const base: ts.CompilerOptions = {
    allowJs: true,
    checkJs: false,
    noLib: true,
    types: [],
    noEmit: true,
    skipLibCheck: true,
    jsx: ts.JsxEmit.Preserve,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowArbitraryExtensions: true,
    resolveJsonModule: false,
    noResolve: false,
  };
  // Path aliases (`@/lib/api`) from the workspace's tsconfig or jsconfig; read as data only.
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const file = path.join(root, name);
    if (!fs.existsSync(file)) continue;
    const read = ts.readConfigFile(file, (f) => fs.readFileSync(f, 'utf8'));
    const co = (read.config as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } } | undefined)?.compilerOptions;
    if (co?.paths && typeof co.paths === 'object') {
      base.paths = co.paths;
      base.baseUrl = path.resolve(root, typeof co.baseUrl === 'string' ? co.baseUrl : '.');
    } else if (typeof co?.baseUrl === 'string') base.baseUrl = path.resolve(root, co.baseUrl);
    break;
  }
  return base;
}

function isPackagePath(p: string): boolean {
  return p.includes(`${path.sep}node_modules${path.sep}`) || p.includes('/node_modules/');
}

let minimalLibSource: ts.SourceFile | undefined;

export function buildProgram(input: ProgramInput): ts.Program {
  const options = compilerOptionsFor(input.root);
  const host = ts.createCompilerHost(options, true);
  const overlay = input.overlay;
  const readFile = (f: string): string | undefined => {
    if (f === MINIMAL_LIB_FILE) return MINIMAL_LIB;
    const o = overlay?.get(path.resolve(f));
    if (o !== undefined) return o;
    try {
      const st = fs.statSync(f);
      if (st.size > input.maxFileBytes) return '';
      return fs.readFileSync(f, 'utf8');
    } catch {
      return undefined;
    }
  };
  const visible = input.visible;
  const hidden = (f: string) => visible !== undefined && isSourceFile(f) && !visible.has(path.resolve(f));
  host.fileExists = (f) => f === MINIMAL_LIB_FILE || (!isPackagePath(f) && !hidden(f) && (overlay?.has(path.resolve(f)) || ts.sys.fileExists(f)));
  host.directoryExists = (d) => !isPackagePath(d + '/') && ts.sys.directoryExists!(d);
  host.readFile = (f) => (isPackagePath(f) ? undefined : readFile(f));
  host.getSourceFile = (fileName, languageVersion) => {
    if (fileName === MINIMAL_LIB_FILE) return (minimalLibSource ??= ts.createSourceFile(MINIMAL_LIB_FILE, MINIMAL_LIB, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS));
    const text = readFile(fileName);
    if (text === undefined) return undefined;
    return ts.createSourceFile(fileName, text, languageVersion, true, scriptKindOf(fileName));
  };
  host.getDefaultLibFileName = () => 'lib.d.ts';
  return ts.createProgram({ rootNames: [MINIMAL_LIB_FILE, ...input.files], options, host, oldProgram: input.oldProgram });
}

export function scriptKindOf(file: string): ts.ScriptKind {
  const ext = path.extname(file).toLowerCase();
  switch (ext) {
    case '.tsx':
      return ts.ScriptKind.TSX;
    case '.jsx':
      return ts.ScriptKind.JSX;
    case '.js':
    case '.mjs':
    case '.cjs':
      return ts.ScriptKind.JS;
    default:
      return ts.ScriptKind.TS;
  }
}

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

export function isSourceFile(file: string): boolean {
  if (file.endsWith('.d.ts') || file.endsWith('.d.mts') || file.endsWith('.d.cts')) return false;
  return SOURCE_EXTENSIONS.includes(path.extname(file).toLowerCase());
}
