import ts from 'typescript';
import { enclosingClass, requiredModule, resolveIdentifier } from './symbols';
import { isFunctionLikeWithBody, returnedExpressions, skipOuterExpressions, staticPropertyName, type FunctionLike } from './ts-helpers';
import type { WriteIndex } from './write-index';

/**
 * Where the callee of a call comes from: a package (`import axios from 'axios'`), a global
 * (`fetch`, `gtag`, `window.analytics`) or nothing known, followed by the steps from there
 * (`axios.create({...})` → property `create`, call; `.post` → property, call).
 */
export type Step =
  | { k: 'prop'; name: string }
  | { k: 'call'; node: ts.CallExpression }
  | { k: 'new'; node: ts.NewExpression };

export type Root = { kind: 'module'; module: string } | { kind: 'global'; name: string };

export interface Origin {
  root: Root;
  steps: Step[];
  /** The variable the chain was read through last (for `xhr.open(...)` look-ups). */
  holder?: ts.Symbol;
}

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);

/** Known type names of parameters that hold a client: `ws: WebSocket`. */
const TYPED_CLIENTS: Record<string, Origin> = {
  WebSocket: { root: { kind: 'global', name: 'WebSocket' }, steps: [{ k: 'new', node: undefined as unknown as ts.NewExpression }] },
  XMLHttpRequest: { root: { kind: 'global', name: 'XMLHttpRequest' }, steps: [{ k: 'new', node: undefined as unknown as ts.NewExpression }] },
  AxiosInstance: { root: { kind: 'module', module: 'axios' }, steps: [{ k: 'prop', name: 'create' }, { k: 'call', node: undefined as unknown as ts.CallExpression }] },
};

export class OriginTracer {
  private readonly cache = new Map<ts.Node, Origin | null>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly writesOf: (sf: ts.SourceFile) => WriteIndex,
  ) {}

  trace(expr: ts.Expression): Origin | undefined {
    return this.traceExpr(expr, 0) ?? undefined;
  }

  private traceExpr(expr: ts.Expression, depth: number): Origin | null {
    if (depth > 16) return null;
    const e = skipOuterExpressions(expr);
    const cached = this.cache.get(e);
    if (cached !== undefined) return cached;
    this.cache.set(e, null); // cycle guard
    const result = this.compute(e, depth);
    this.cache.set(e, result);
    return result;
  }

  private compute(e: ts.Expression, depth: number): Origin | null {
    if (ts.isIdentifier(e)) return this.traceIdentifier(e, depth);
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
      const name = ts.isPropertyAccessExpression(e) ? e.name.text : staticPropertyName(e.argumentExpression);
      if (name === undefined) return null;
      const target = skipOuterExpressions(e.expression);
      if (target.kind === ts.SyntaxKind.ThisKeyword) return this.traceThisMember(e, name, depth);
      if (ts.isIdentifier(target) && GLOBAL_OBJECTS.has(target.text)) {
        const r = resolveIdentifier(this.checker, target);
        if (r.kind === 'global' || r.kind === 'none') return { root: { kind: 'global', name }, steps: [] };
      }
      const base = this.traceExpr(target, depth + 1);
      if (!base) {
        // The called member of an unknown receiver (`repo.get(…)`) is a method: asking the
        // checker for its declaration costs a type inference and tells nothing, unless the
        // receiver is a plain object whose property holds a client (`api.post = axios.post`).
        if (isCallee(e) && !isPlainObjectRoot(target, this.checker)) return null;
        // So does a member of an untyped variable that holds a computed value (`const s =
        // Schema.Struct(…); s.fields`, `const p = prepared.protocol`): its type is an inference
        // over the whole expression. A codebase factory's returned object is read directly.
        const computed = computedVariable(target, this.checker);
        if (computed) return this.traceFactoryMember(computed, name, depth);
        if (needsInference(target, this.checker)) return null;
        return this.traceMemberDeclaration(e, depth);
      }
      return { root: base.root, steps: [...base.steps, { k: 'prop', name }], holder: base.holder };
    }
    if (ts.isCallExpression(e)) {
      const mod = requiredModule(e);
      if (mod) return { root: { kind: 'module', module: mod }, steps: [] };
      if (e.expression.kind === ts.SyntaxKind.ImportKeyword) return null;
      const base = this.traceExpr(e.expression, depth + 1);
      if (base) return { root: base.root, steps: [...base.steps, { k: 'call', node: e }], holder: base.holder };
      return this.traceThroughFactory(e, depth);
    }
    if (ts.isNewExpression(e)) {
      const base = this.traceExpr(e.expression, depth + 1);
      return base ? { root: base.root, steps: [...base.steps, { k: 'new', node: e }], holder: base.holder } : null;
    }
    return null;
  }

  /**
   * A codebase function that makes or decorates a client (`withLogging(axios.create(...))`,
   * `function makeApi() { return axios.create(...) }`): what it returns is the client.
   */
  private traceThroughFactory(call: ts.CallExpression, depth: number): Origin | null {
    const fn = this.calledFunction(call);
    if (!fn) return null;
    for (const ret of returnedExpressions(fn)) {
      const x = skipOuterExpressions(ret);
      if (ts.isIdentifier(x)) {
        const rr = resolveIdentifier(this.checker, x);
        if (rr.kind === 'decl' && ts.isParameter(rr.decl) && rr.decl.parent === fn) {
          const arg = call.arguments[(fn as ts.SignatureDeclaration).parameters.indexOf(rr.decl)];
          const o = arg ? this.traceExpr(arg, depth + 1) : null;
          if (o) return o;
          continue;
        }
      }
      const o = this.traceExpr(ret, depth + 1);
      if (o) return o;
    }
    return null;
  }

  private traceIdentifier(id: ts.Identifier, depth: number): Origin | null {
    const r = resolveIdentifier(this.checker, id);
    switch (r.kind) {
      case 'global':
        return { root: { kind: 'global', name: r.name }, steps: [] };
      case 'external':
        return {
          root: { kind: 'module', module: r.module },
          steps: r.importName === 'default' || r.importName === '*' ? [] : [{ k: 'prop', name: r.importName }],
        };
      case 'none':
        return null;
      case 'decl': {
        const o = this.traceDeclaration(r.decl, depth);
        return o ? { ...o, holder: r.symbol } : null;
      }
    }
  }

  private traceDeclaration(decl: ts.Declaration, depth: number): Origin | null {
    if (ts.isVariableDeclaration(decl)) {
      if (!decl.initializer) return this.typedOrigin(decl.type);
      return this.traceExpr(decl.initializer, depth + 1) ?? this.typedOrigin(decl.type);
    }
    if (ts.isBindingElement(decl)) {
      // const { WebClient } = require('@slack/web-api'); const { post } = axios
      const key = staticPropertyName(decl.propertyName ?? (ts.isIdentifier(decl.name) ? decl.name : undefined));
      const pattern = decl.parent;
      const holder = pattern.parent;
      if (key && ts.isObjectBindingPattern(pattern) && ts.isVariableDeclaration(holder) && holder.initializer) {
        const base = this.traceExpr(holder.initializer, depth + 1);
        return base ? { root: base.root, steps: [...base.steps, { k: 'prop', name: key }] } : null;
      }
      return null;
    }
    if (ts.isParameter(decl)) return this.typedOrigin(decl.type) ?? this.shadowedInstance(decl, depth);
    if (ts.isPropertyDeclaration(decl)) {
      if (decl.initializer) return this.traceExpr(decl.initializer, depth + 1);
      const cls = enclosingClass(decl);
      const name = staticPropertyName(decl.name);
      if (cls && name) return this.traceClassFieldWrites(cls, name, depth) ?? this.typedOrigin(decl.type);
      return this.typedOrigin(decl.type);
    }
    if (ts.isPropertyAssignment(decl)) return this.traceExpr(decl.initializer, depth + 1);
    if (ts.isShorthandPropertyAssignment(decl)) return this.traceIdentifier(decl.name, depth + 1);
    return null;
  }

  /**
   * `posthog.init(key, { loaded: (posthog) => posthog.identify(…) })`: an SDK hands itself to a
   * callback given to one of its calls, and the untyped parameter is named after the instance it
   * shadows. The parameter then is that instance.
   */
  private shadowedInstance(p: ts.ParameterDeclaration, depth: number): Origin | null {
    const fn = p.parent;
    if (p.type || !ts.isIdentifier(p.name) || fn.parameters[0] !== p || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return null;
    let n: ts.Node = fn;
    while (ts.isPropertyAssignment(n.parent) || ts.isObjectLiteralExpression(n.parent) || ts.isParenthesizedExpression(n.parent)) n = n.parent;
    const call = n.parent;
    if (!ts.isCallExpression(call) || !call.arguments.includes(n as ts.Expression)) return null;
    let root = skipOuterExpressions(call.expression);
    while (ts.isPropertyAccessExpression(root)) root = skipOuterExpressions(root.expression);
    return ts.isIdentifier(root) && root.text === p.name.text && root.pos < fn.pos ? this.traceExpr(root, depth + 1) : null;
  }

  /** The codebase function a call names directly (`makeApi()`, `const makeApi = () => …`). */
  private calledFunction(call: ts.CallExpression): FunctionLike | undefined {
    const callee = skipOuterExpressions(call.expression);
    if (!ts.isIdentifier(callee)) return undefined;
    const r = resolveIdentifier(this.checker, callee);
    if (r.kind !== 'decl') return undefined;
    let fn: ts.Node = r.decl;
    if (ts.isVariableDeclaration(fn) && fn.initializer) fn = skipOuterExpressions(fn.initializer);
    return isFunctionLikeWithBody(fn) ? fn : undefined;
  }

  /** `const api = makeApi(); api.http`: the `http` of the object `makeApi` returns. */
  private traceFactoryMember(init: ts.Expression, name: string, depth: number): Origin | null {
    const fn = ts.isCallExpression(init) ? this.calledFunction(init) : undefined;
    if (!fn) return null;
    for (const ret of returnedExpressions(fn)) {
      const obj = skipOuterExpressions(ret);
      if (!ts.isObjectLiteralExpression(obj)) continue;
      for (const p of obj.properties) {
        if (ts.isPropertyAssignment(p) && staticPropertyName(p.name) === name) return this.traceExpr(p.initializer, depth + 1);
        if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return this.traceExpr(p.name, depth + 1);
      }
    }
    return null;
  }

  private traceThisMember(e: ts.PropertyAccessExpression | ts.ElementAccessExpression, name: string, depth: number): Origin | null {
    const viaDecl = this.traceMemberDeclaration(e, depth);
    if (viaDecl) return viaDecl;
    const cls = enclosingClass(e);
    return cls ? this.traceClassFieldWrites(cls, name, depth) : null;
  }

  private traceMemberDeclaration(e: ts.PropertyAccessExpression | ts.ElementAccessExpression, depth: number): Origin | null {
    const nameNode = ts.isPropertyAccessExpression(e) ? e.name : e.argumentExpression;
    let sym: ts.Symbol | undefined;
    try {
      sym = this.checker.getSymbolAtLocation(nameNode);
    } catch {
      sym = undefined;
    }
    const decl = sym?.valueDeclaration ?? sym?.declarations?.[0];
    if (!decl || decl.getSourceFile().isDeclarationFile) return null;
    if (ts.isParameter(decl) && ts.isConstructorDeclaration(decl.parent)) return this.typedOrigin(decl.type);
    return this.traceDeclaration(decl, depth + 1);
  }

  private traceClassFieldWrites(cls: ts.ClassLikeDeclaration, name: string, depth: number): Origin | null {
    const writes = this.writesOf(cls.getSourceFile()).classFields.get(cls)?.get(name) ?? [];
    for (const w of writes) {
      const o = this.traceExpr(w, depth + 1);
      if (o) return o;
    }
    return null;
  }

  private typedOrigin(type: ts.TypeNode | undefined): Origin | null {
    if (type && ts.isTypeReferenceNode(type)) {
      const name = ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
      const o = TYPED_CLIENTS[name];
      if (o) return o;
    }
    return null;
  }
}

/** The property names after the last call or construction: the method path on an instance. */
export function instancePath(steps: Step[]): string[] {
  const path: string[] = [];
  for (const s of steps) {
    if (s.k === 'prop') path.push(s.name);
    else path.length = 0;
  }
  return path;
}

function isCallee(e: ts.Expression): boolean {
  let n: ts.Node = e;
  while (n.parent && (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent))) n = n.parent;
  return !!n.parent && ts.isCallExpression(n.parent) && n.parent.expression === n;
}

/** `api` in `api.post(…)` where `const api = { … }`: an object literal of the codebase. */
/** A member chain whose type the checker can only infer: over a call, or from a computed variable. */
function needsInference(target: ts.Expression, checker: ts.TypeChecker): boolean {
  let x = skipOuterExpressions(target);
  for (;;) {
    if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) x = skipOuterExpressions(x.expression);
    else if (ts.isCallExpression(x)) return true;
    else return ts.isIdentifier(x) && computedVariable(x, checker) !== undefined;
  }
}

/** The initializer of `target` when it is an untyped variable holding a computed value (its name when it has none). */
function computedVariable(target: ts.Expression, checker: ts.TypeChecker): ts.Expression | undefined {
  const x = skipOuterExpressions(target);
  if (!ts.isIdentifier(x)) return undefined;
  const r = resolveIdentifier(checker, x);
  if (r.kind !== 'decl' || !ts.isVariableDeclaration(r.decl) || r.decl.type) return undefined;
  if (!r.decl.initializer) return x;
  const init = skipOuterExpressions(r.decl.initializer);
  // Object literals, instances and aliases have a type without inference over calls.
  const cheap = ts.isObjectLiteralExpression(init) || ts.isNewExpression(init) || ts.isIdentifier(init) || ts.isFunctionLike(init) || ts.isClassExpression(init);
  return cheap ? undefined : init;
}

function isPlainObjectRoot(target: ts.Expression, checker: ts.TypeChecker): boolean {
  let x = skipOuterExpressions(target);
  while (ts.isPropertyAccessExpression(x)) x = skipOuterExpressions(x.expression);
  if (!ts.isIdentifier(x)) return false;
  const r = resolveIdentifier(checker, x);
  if (r.kind !== 'decl') return false;
  const d = r.decl;
  return (ts.isVariableDeclaration(d) && !!d.initializer && ts.isObjectLiteralExpression(skipOuterExpressions(d.initializer))) || ts.isPropertyAssignment(d);
}
