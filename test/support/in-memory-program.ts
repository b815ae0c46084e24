// A TypeScript program built from source text held in memory, with the analysis's own stages
// wired the way the engine wires them, so a test can ask one stage a question about real code.
// Imports sit at the top: when the analysis moves into stage folders only these paths change.
import * as path from 'node:path';
import ts from 'typescript';
import { builtinData } from '../../server/src/analysis/engine';
import { OriginTracer } from '../../server/src/analysis/sinks/call-origin';
import { SinkClassifier } from '../../server/src/analysis/sinks/sink-classifier';
import { DataEvaluator } from '../../server/src/analysis/values/data-evaluator';
import { StringEvaluator } from '../../server/src/analysis/values/string-evaluator';
import { WriteIndex } from '../../server/src/analysis/values/write-index';
import { MINIMAL_LIB, MINIMAL_LIB_FILE } from '../../server/src/analysis/workspace/minimal-lib';
import { ANALYSIS_OPTIONS } from '../../server/src/analysis/workspace/project-model';
import { scriptKindOf } from '../../server/src/analysis/workspace/source-kinds';

/** A fake root: nothing is read from disk, and no file under it exists there. */
export const MEMORY_ROOT = path.resolve('/in-memory-project');

export interface StageKit {
  program: ts.Program;
  checker: ts.TypeChecker;
  data: DataEvaluator;
  strings: StringEvaluator;
  sinks: SinkClassifier;
  file(rel: string): ts.SourceFile;
}

/** `files`: relative path → source text. Relative imports between them resolve as in a real project. */
export function stageKit(files: Record<string, string>, options: { sanitizers?: string[] } = {}): StageKit {
  const abs = new Map(Object.entries(files).map(([rel, text]) => [path.join(MEMORY_ROOT, rel), text]));
  const compilerOptions: ts.CompilerOptions = { ...ANALYSIS_OPTIONS };
  const host = ts.createCompilerHost(compilerOptions, true);
  const read = (f: string) => (f === MINIMAL_LIB_FILE ? MINIMAL_LIB : abs.get(path.resolve(f)));
  host.fileExists = (f) => read(f) !== undefined;
  host.readFile = read;
  host.directoryExists = (d) => [...abs.keys()].some((f) => f.startsWith(path.resolve(d) + path.sep));
  host.getDirectories = () => [];
  host.getDefaultLibFileName = () => 'lib.d.ts';
  host.getSourceFile = (fileName, languageVersion) => {
    const text = read(fileName);
    if (text === undefined) return undefined;
    const target = typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion;
    return ts.createSourceFile(fileName, text, target, true, fileName === MINIMAL_LIB_FILE ? ts.ScriptKind.TS : scriptKindOf(fileName));
  };
  const program = ts.createProgram({ rootNames: [MINIMAL_LIB_FILE, ...abs.keys()], options: compilerOptions, host });
  const checker = program.getTypeChecker();
  const writeIndexes = new Map<ts.SourceFile, WriteIndex>();
  const writesOf = (sf: ts.SourceFile): WriteIndex => {
    let w = writeIndexes.get(sf);
    if (!w) writeIndexes.set(sf, (w = new WriteIndex(sf, checker)));
    return w;
  };
  const { lexicon, catalog } = builtinData();
  const tracer = new OriginTracer(checker, writesOf, () => program.getSourceFiles());
  const strings = new StringEvaluator(checker, writesOf);
  const data = new DataEvaluator(checker, writesOf, { lexicon, sanitizers: options.sanitizers ?? [] });
  const sinks = new SinkClassifier(tracer, data, strings, catalog, writesOf);
  return {
    program,
    checker,
    data,
    strings,
    sinks,
    file(rel) {
      const sf = program.getSourceFile(path.join(MEMORY_ROOT, rel));
      if (!sf) throw new Error(`no file ${rel} in the program`);
      return sf;
    },
  };
}

/** Every call in a file whose callee reads as `callee` (`fetch`, `this.http.post`, `Sentry.setUser`). */
export function callsTo(sf: ts.SourceFile, callee: string): ts.CallExpression[] {
  const out: ts.CallExpression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && n.expression.getText(sf).replace(/\s+/g, '') === callee) out.push(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The one call to `callee` in the file; fails the test when there is none or several. */
export function onlyCallTo(sf: ts.SourceFile, callee: string): ts.CallExpression {
  const calls = callsTo(sf, callee);
  if (calls.length !== 1) throw new Error(`expected one call to ${callee} in ${path.basename(sf.fileName)}, found ${calls.length}`);
  return calls[0]!;
}

/** The expression a `return` of the named function gives back (its first return statement). */
export function returnedBy(sf: ts.SourceFile, functionName: string): ts.Expression {
  let found: ts.Expression | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name?.getText(sf) === functionName && n.body) {
      const inner = (m: ts.Node): void => {
        if (found) return;
        if (ts.isReturnStatement(m) && m.expression) found = m.expression;
        else if (!ts.isFunctionLike(m)) ts.forEachChild(m, inner);
      };
      ts.forEachChild(n.body, inner);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (!found) throw new Error(`no return in ${functionName}`);
  return found;
}

/** The initializer of `const name = …` in the file. */
export function initializerOf(sf: ts.SourceFile, name: string): ts.Expression {
  let found: ts.Expression | undefined;
  const visit = (n: ts.Node): void => {
    if (!found && ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer) found = n.initializer;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (!found) throw new Error(`no const ${name}`);
  return found;
}
