import ts from 'typescript';
import { readRulesYaml } from '../policy/rules-data';
import { rightmostName, skipOuterExpressions } from '../ts-helpers';
import { clientAccessors } from './client-accessors';
import { HTTP_CLIENT_MODULES } from './http-client-libs';
import { LOG_METHODS } from './log-methods';
import type { SdkCatalog } from './sdk-catalog';

/**
 * Cheap, syntactic filters that keep the checker away from code that cannot matter: which
 * files can contain a sink at all (a text scan), and which calls are worth resolving (their
 * callee's name). What they let through is then analysed exactly.
 */
const CLIENT_MODULES = [
  'axios',
  'got',
  'ky',
  'superagent',
  'node-fetch',
  'cross-fetch',
  'isomorphic-fetch',
  'isomorphic-unfetch',
  'undici',
  'ofetch',
  'make-fetch-happen',
  'http',
  'https',
  'node:http',
  'node:https',
  'ws',
  'socket.io-client',
  'nodemailer',
  'pino',
  'winston',
  'amqplib',
  'amqplib/callback_api',
  'amqp-connection-manager',
  'kafkajs',
  '@aws-sdk/client-sqs',
  '@aws-sdk/client-sns',
  '@aws-sdk/client-eventbridge',
  '@apollo/client',
  '@apollo/client/core',
  'apollo-boost',
  'urql',
  '@urql/core',
  'graphql-request',
  '@nestjs/axios',
  'redaxios',
  ...HTTP_CLIENT_MODULES,
];
// `$fetch`, `useFetch`, `useLazyFetch`: Nuxt declares them for every file (sink-classifier.ts).
const GLOBAL_SINKS = ['fetch', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', '$fetch', 'useFetch', 'useLazyFetch'];
const SINK_METHODS = [
  'fetch',
  'request',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'head',
  'options',
  'postForm',
  'putForm',
  'patchForm',
  'send',
  'write',
  'end',
  'sendBeacon',
  'emit',
  'query',
  'field',
  'set',
  'attach',
  'type',
  'accept',
  'timeout',
  'retry',
  'auth',
  'withCredentials',
  'publish',
  'sendToQueue',
  'sendMail',
  'mutate',
  'mutation',
  'subscription',
  'subscribe',
  'rawRequest',
  ...LOG_METHODS,
  'sendBatch',
  'then',
  'toPromise',
  // openapi-fetch's methods and wretch's verbs
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'opts',
  'raw',
];

export class CandidateFilter {
  private readonly fileRe: RegExp;
  private readonly methodNames: Set<string>;
  private readonly sinkModules: Set<string>;
  private readonly localNames = new Map<ts.SourceFile, Set<string>>();
  private readonly globals: Set<string>;

  constructor(catalog: SdkCatalog) {
    const modules = new Set<string>(CLIENT_MODULES);
    const globals = new Set<string>(GLOBAL_SINKS);
    const methods = new Set<string>(SINK_METHODS);
    for (const e of catalog.entries) {
      for (const p of e.packages) modules.add(p);
      for (const g of e.globals) globals.add(g);
      for (const c of e.calls) methods.add(c.method.split('.').pop() ?? '');
    }
    const transports = readRulesYaml('sinks/configured-clients.yaml') as {
      loggerTransports: Record<string, unknown>;
      hostedTransports: string[];
    };
    for (const p of [...Object.keys(transports.loggerTransports), ...transports.hostedTransports]) modules.add(p);
    for (const p of clientAccessors().hooks.keys()) modules.add(p);
    for (const g of globals) methods.add(g);
    methods.delete('');
    this.methodNames = methods;
    this.sinkModules = modules;
    this.globals = globals;
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const mods = [...modules]
      .sort((a, b) => b.length - a.length)
      .map(esc)
      .join('|');
    const words = [...globals].filter((g) => !g.startsWith('$')).map(esc);
    const dollars = [...globals].filter((g) => g.startsWith('$')).map(esc);
    // A module named in an import or require, or a global sink's name (checked in mayContainSink);
    // `$fetch` starts with no word boundary.
    this.fileRe = new RegExp(`['"](?:${mods})(?:/[^'"]*)?['"]|\\b(${words.join('|')})\\b|(${dollars.join('|') || '(?!)'})\\b`, 'g');
  }

  /**
   * Could this file hand data to a sink directly (not only through a wrapper)? A global sink
   * counts where it is called or read from (`fetch(`, `$fetch<T>(`, `analytics.track`,
   * `Sentry?.`) or read off `window`/`globalThis`. The bare word is no evidence: "google" in a
   * provider list or "fetch" in a comment made a quarter of a monorepo's files candidates,
   * each bringing its imports into the analysis.
   */
  mayContainSink(text: string): boolean {
    const re = this.fileRe;
    re.lastIndex = 0;
    let found = false;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found = (m[1] ?? m[2]) === undefined || isUsedAsValue(text, m.index, m.index + m[0].length);
      if (found) break;
    }
    re.lastIndex = 0;
    return found;
  }

  /**
   * Names of the module-level constants that files able to hold a sink make with a call: the
   * functions SDK clients build (`const recordView = tb.buildIngestEndpoint({ … })`), which the
   * code calls by those names. Calls of them are worth classifying; the classifier decides.
   */
  builtCallables(files: readonly ts.SourceFile[]): Set<string> {
    const names = new Set<string>();
    for (const sf of files) for (const n of this.builtIn(sf)) names.add(n);
    return names;
  }

  // Per parsed file: the editor analyses again after every edit, and a tree it keeps is unchanged.
  private readonly built = new WeakMap<ts.SourceFile, readonly string[]>();

  private builtIn(sf: ts.SourceFile): readonly string[] {
    let names = this.built.get(sf);
    if (names) return names;
    const found: string[] = [];
    if (!sf.isDeclarationFile && this.mayContainSink(sf.text))
      for (const st of sf.statements) {
        if (!ts.isVariableStatement(st)) continue;
        for (const d of st.declarationList.declarations) {
          let init = d.initializer && skipOuterExpressions(d.initializer);
          if (init && ts.isAwaitExpression(init)) init = skipOuterExpressions(init.expression);
          if (init && ts.isCallExpression(init) && ts.isIdentifier(d.name)) found.push(d.name.text);
        }
      }
    this.built.set(sf, (names = found));
    return names;
  }

  /** Worth classifying: a sink-like name, or a name imported from a client or SDK module. */
  isCandidateCall(call: ts.CallExpression): boolean {
    const name = rightmostName(call.expression);
    if (name === undefined) return true;
    if (this.methodNames.has(name)) return true;
    return this.importedNames(call.getSourceFile()).has(rootName(call.expression) ?? '');
  }

  private importedNames(sf: ts.SourceFile): Set<string> {
    let names = this.localNames.get(sf);
    if (names) return names;
    names = new Set();
    for (const st of sf.statements) {
      if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && this.isSinkModule(st.moduleSpecifier.text)) {
        const c = st.importClause;
        if (c?.name) names.add(c.name.text);
        const b = c?.namedBindings;
        if (b && ts.isNamespaceImport(b)) names.add(b.name.text);
        if (b && ts.isNamedImports(b)) for (const e of b.elements) names.add(e.name.text);
      } else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          const init = d.initializer && skipOuterExpressions(d.initializer);
          const req =
            init &&
            ts.isCallExpression(init) &&
            ts.isIdentifier(init.expression) &&
            init.expression.text === 'require' &&
            init.arguments[0] &&
            ts.isStringLiteralLike(init.arguments[0])
              ? init.arguments[0].text
              : undefined;
          if (!req || !this.isSinkModule(req)) continue;
          if (ts.isIdentifier(d.name)) names.add(d.name.text);
          else if (ts.isObjectBindingPattern(d.name))
            for (const el of d.name.elements) if (ts.isIdentifier(el.name)) names.add(el.name.text);
        }
      }
    }
    // Clients made here and called directly: `const api = ofetch.create(…); api('/x', …)`.
    if (names.size) {
      const visit = (n: ts.Node): void => {
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && names!.has(rootName(n.initializer) ?? ''))
          names!.add(n.name.text);
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    this.localNames.set(sf, names);
    return names;
  }

  /** A client or SDK: a sink module, or a global sink. */
  isSinkRoot(root: { kind: 'module'; module: string } | { kind: 'global'; name: string }): boolean {
    return root.kind === 'module' ? this.isSinkModule(root.module) : this.globals.has(root.name);
  }

  private isSinkModule(m: string): boolean {
    if (this.sinkModules.has(m)) return true;
    const parts = m.split('/');
    return this.sinkModules.has(m.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
}

function rootName(e: ts.Expression): string | undefined {
  let x = skipOuterExpressions(e);
  for (;;) {
    if (ts.isIdentifier(x)) return x.text;
    if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x) || ts.isCallExpression(x) || ts.isNewExpression(x))
      x = skipOuterExpressions(x.expression);
    else return undefined;
  }
}

/** Names of the functions, methods and classes a set of files declares: calls worth resolving. */
export function declaredFunctionNames(files: readonly ts.SourceFile[]): Set<string> {
  const names = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (
      (ts.isFunctionDeclaration(n) ||
        ts.isMethodDeclaration(n) ||
        ts.isClassDeclaration(n) ||
        ts.isGetAccessor(n) ||
        ts.isPropertyDeclaration(n)) &&
      n.name &&
      ts.isIdentifier(n.name)
    )
      names.add(n.name.text);
    else if ((ts.isVariableDeclaration(n) || ts.isPropertyAssignment(n)) && n.initializer && ts.isIdentifier(n.name)) {
      const init = skipOuterExpressions(n.initializer);
      if (
        ts.isArrowFunction(init) ||
        ts.isFunctionExpression(init) ||
        ts.isCallExpression(init) ||
        ts.isClassExpression(init) ||
        ts.isObjectLiteralExpression(init)
      )
        names.add(n.name.text);
    } else if (ts.isShorthandPropertyAssignment(n) || ts.isExportSpecifier(n) || ts.isImportSpecifier(n)) names.add(n.name.text);
    else if (ts.isImportClause(n) && n.name)
      names.add(n.name.text); // default imports go by any name
    else if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && /^require\(/.test(n.initializer.getText()))
      names.add(n.name.text);
    ts.forEachChild(n, visit);
  };
  for (const sf of files) visit(sf);
  return names;
}

const SPACE = /\s/;

/** A name at [start, end) followed by a call, a member, an index or type arguments, or preceded by a member dot. */
function isUsedAsValue(text: string, start: number, end: number): boolean {
  let i = end;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  const next = text[i];
  if (next === '(' || next === '.' || next === '[') return true;
  if (next === '?' && text[i + 1] === '.') return true;
  if (next === '<' && /[\w{[(]/.test(text[i + 1] ?? '')) return true;
  let j = start - 1;
  while (j >= 0 && SPACE.test(text[j]!)) j--;
  return text[j] === '.';
}
