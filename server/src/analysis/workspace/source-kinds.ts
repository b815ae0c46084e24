import * as path from 'node:path';
import ts from 'typescript';

/** How the compiler parses a file, by its extension. */
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

export const SOURCE_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** A JavaScript or TypeScript source the engine analyses (declaration files are not). */
export function isSourceFile(file: string): boolean {
  if (file.endsWith('.d.ts') || file.endsWith('.d.mts') || file.endsWith('.d.cts')) return false;
  return SOURCE_EXTENSIONS.includes(path.extname(file).toLowerCase());
}
