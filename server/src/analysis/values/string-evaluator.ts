import ts from 'typescript';
import { isFunctionLikeWithBody, parameterIndex, shortText, skipOuterExpressions, staticPropertyName } from '../ts-helpers';
import { calledFunction } from './function-resolution';
import { enclosingClass, resolveIdentifier } from './symbols';
import type { WriteIndex } from './write-index';

/**
 * The statically known shape of a string such as a URL: literal text, environment
 * variables, parameters of the enclosing function (resolved later at each call site),
 * and unknown pieces.
 */
export type StrPart =
  | { kind: 'lit'; text: string }
  /** `fallback`: the absolute URL the code uses when the variable is unset (`env.X ?? 'https://…'`). */
  | { kind: 'env'; name: string; fallback?: string }
  | { kind: 'ref'; fn: ts.Node; index: number; path: string[] }
  | { kind: 'unknown'; text: string };

export interface StrVal {
  parts: StrPart[];
}

export const UNKNOWN_STR = (text: string): StrVal => ({ parts: [{ kind: 'unknown', text }] });

export function concatStr(...vals: StrVal[]): StrVal {
  const parts: StrPart[] = [];
  for (const v of vals)
    for (const p of v.parts) {
      const last = parts[parts.length - 1];
      if (p.kind === 'lit' && last?.kind === 'lit') parts[parts.length - 1] = { kind: 'lit', text: last.text + p.text };
      else if (!(p.kind === 'lit' && p.text === '')) parts.push(p);
    }
  return { parts };
}

export function isResolvedStr(v: StrVal): boolean {
  return v.parts.length > 0 && v.parts[0]!.kind !== 'unknown';
}

/** `https://api.acme.io/users/${…}`: what a user sees of an endpoint. */
export function displayStr(v: StrVal): string {
  return v.parts
    .map((p) =>
      p.kind === 'lit' ? p.text : p.kind === 'env' ? `\${${p.name}}` : p.kind === 'ref' || p.text.length > 24 ? '${…}' : `\${${p.text}}`,
    )
    .join('');
}

/**
 * Stands for the origin the code runs at (`window.location.origin`, `document.baseURI`, the
 * URL of the request a route handler serves): the organisation's own backend, like a relative
 * URL. Not a scheme (no `//`), so that joining a path keeps it in front.
 */
export const SAME_ORIGIN = 'same-origin:';
/** The host of that origin (`location.host`), in the reserved `.invalid` domain: never a real host. */
export const SAME_ORIGIN_HOST = 'same-origin.invalid';

/** Joins a base URL and a path as `new URL(path, base)` and axios' baseURL do. */
export function joinUrl(base: StrVal, path: StrVal): StrVal {
  const first = path.parts[0];
  if (first?.kind === 'lit' && /^[a-z][a-z0-9+.-]*:\/\//i.test(first.text)) return path;
  if (first?.kind === 'env') return path;
  if (path.parts.length === 0) return base;
  const last = base.parts[base.parts.length - 1];
  if (last?.kind === 'lit' && first?.kind === 'lit') {
    const a = last.text.endsWith('/') ? last.text.slice(0, -1) : last.text;
    const b = first.text.startsWith('/') ? first.text : '/' + first.text;
    return concatStr(
      { parts: [...base.parts.slice(0, -1), { kind: 'lit', text: a }] },
      { parts: [{ kind: 'lit', text: b }, ...path.parts.slice(1)] },
    );
  }
  // One slash between them, whichever side already has it (`${API_URL}` + '/v1/users').
  const slashed = (first?.kind === 'lit' && first.text.startsWith('/')) || (last?.kind === 'lit' && last.text.endsWith('/'));
  return slashed ? concatStr(base, path) : concatStr(base, { parts: [{ kind: 'lit', text: '/' }] }, path);
}

const MAX_DEPTH = 24;
const GLOBAL_SCOPES = ['window', 'self', 'globalThis'] as const as readonly string[];

export class StringEvaluator {
  private readonly cache = new Map<ts.Node, StrVal>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly writesOf: (sf: ts.SourceFile) => WriteIndex,
  ) {}

  eval(expr: ts.Expression): StrVal {
    return this.evalExpr(expr, 0);
  }

  /** The string at `path` inside the value of `expr`: `config.api.baseUrl`, `this.baseUrl`. */
  evalPath(expr: ts.Expression, path: string[], depth = 0): StrVal {
    if (path.length === 0) return this.evalExpr(expr, depth);
    const e = skipOuterExpressions(expr);
    const unknown = UNKNOWN_STR(`${shortText(e, 30)}.${path.join('.')}`);
    if (depth > MAX_DEPTH) return unknown;
    const [head, ...rest] = path as [string, ...string[]];
    if (ts.isArrayLiteralExpression(e) && /^\d+$/.test(head)) {
      const el = e.elements[Number(head)];
      return el ? this.evalPath(el, rest, depth + 1) : unknown;
    }
    if (ts.isObjectLiteralExpression(e)) {
      for (const p of e.properties) {
        if (ts.isPropertyAssignment(p) && staticPropertyName(p.name) === head) return this.evalPath(p.initializer, rest, depth + 1);
        if (ts.isShorthandPropertyAssignment(p) && p.name.text === head) return this.evalPath(p.name, rest, depth + 1);
      }
      return unknown;
    }
    if (ts.isIdentifier(e)) {
      const r = resolveIdentifier(this.checker, e);
      if (r.kind === 'decl' && ts.isVariableDeclaration(r.decl) && r.decl.initializer)
        return this.evalPath(r.decl.initializer, path, depth + 1);
      if (r.kind === 'decl' && ts.isParameter(r.decl) && isFunctionLikeWithBody(r.decl.parent)) {
        return { parts: [{ kind: 'ref', fn: r.decl.parent, index: parameterIndex(r.decl), path }] };
      }
      return unknown;
    }
    if (e.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = enclosingClass(e);
      const fn = enclosingFunctionOf(e);
      const fromClass = cls ? this.classFieldString(cls, head, depth) : undefined;
      if (fromClass && isResolvedStr(fromClass) && fromClass.parts.every((p) => p.kind !== 'ref')) return this.evalRest(fromClass, rest);
      if (fn) return { parts: [{ kind: 'ref', fn, index: -1, path }] };
      return fromClass ?? unknown;
    }
    if (ts.isNewExpression(e)) {
      const cls = this.classOfNew(e);
      if (cls) {
        const v = this.constructedFieldString(cls, e, head, rest, depth);
        if (v) return v;
      }
      return unknown;
    }
    if (ts.isPropertyAccessExpression(e)) return this.evalPath(e.expression, [e.name.text, ...path], depth + 1);
    return unknown;
  }

  private evalRest(v: StrVal, rest: string[]): StrVal {
    return rest.length ? UNKNOWN_STR(rest.join('.')) : v;
  }

  private evalExpr(expr: ts.Expression, depth: number): StrVal {
    const e = skipOuterExpressions(expr);
    const cached = this.cache.get(e);
    if (cached) return cached;
    const unknown = UNKNOWN_STR(shortText(e, 40));
    if (depth > MAX_DEPTH) return unknown;
    this.cache.set(e, unknown); // cycle guard
    const v = this.compute(e, depth) ?? unknown;
    this.cache.set(e, v);
    return v;
  }

  private compute(e: ts.Expression, depth: number): StrVal | undefined {
    if (ts.isStringLiteralLike(e)) return { parts: [{ kind: 'lit', text: e.text }] };
    if (ts.isTemplateExpression(e)) {
      const vals: StrVal[] = [{ parts: [{ kind: 'lit', text: e.head.text }] }];
      for (const span of e.templateSpans) {
        vals.push(this.evalExpr(span.expression, depth + 1));
        vals.push({ parts: [{ kind: 'lit', text: span.literal.text }] });
      }
      return concatStr(...vals);
    }
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken) return concatStr(this.evalExpr(e.left, depth + 1), this.evalExpr(e.right, depth + 1));
      if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
        // `process.env.X ?? 'https://…'`: the environment decides; the default names the host.
        const left = this.evalExpr(e.left, depth + 1);
        const only = left.parts.length === 1 ? left.parts[0] : undefined;
        if (only?.kind === 'env') {
          const right = this.evalExpr(e.right, depth + 1);
          const dflt = right.parts.length === 1 && right.parts[0]?.kind === 'lit' ? right.parts[0].text : undefined;
          return dflt !== undefined && isAbsoluteUrl(right) ? { parts: [{ kind: 'env', name: only.name, fallback: dflt }] } : left;
        }
        if (isResolvedStr(left) && !isSettingOfParameter(left)) return left;
        const right = this.evalExpr(e.right, depth + 1);
        // `settings.apiUrl || 'https://api.vendor.com'`: a field of a settings object the caller
        // hands over (loaded at run time, often left empty); the default names the service meant.
        if (isResolvedStr(left) && !isAbsoluteUrl(right)) return left;
        return right;
      }
      return undefined;
    }
    if (ts.isConditionalExpression(e)) {
      const a = this.evalExpr(e.whenTrue, depth + 1);
      return isResolvedStr(a) ? a : this.evalExpr(e.whenFalse, depth + 1);
    }
    if (ts.isIdentifier(e)) return this.evalIdentifier(e, depth);
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
      const env = envVariableName(e);
      if (env) return { parts: [{ kind: 'env', name: env }] };
      if (ts.isPropertyAccessExpression(e)) {
        const own = this.ownLocationPart(e);
        if (own !== undefined) return { parts: [{ kind: 'lit', text: own }] };
      }
      const name = ts.isPropertyAccessExpression(e) ? e.name.text : staticPropertyName(e.argumentExpression);
      if (name === 'href' || name === 'toString') return this.evalExpr(e.expression, depth + 1);
      if (name !== undefined) {
        const viaDecl = this.memberDeclarationString(e, depth);
        if (viaDecl) return viaDecl;
        return this.evalPath(e.expression, [name], depth + 1);
      }
      return undefined;
    }
    if (ts.isNewExpression(e)) {
      const ctor = skipOuterExpressions(e.expression);
      const args = e.arguments ?? [];
      if (ts.isIdentifier(ctor) && (ctor.text === 'URL' || ctor.text === 'Request') && args.length > 0) {
        const first = this.evalExpr(args[0]!, depth + 1);
        if (ctor.text === 'URL' && args.length > 1) return joinUrl(this.evalExpr(args[1]!, depth + 1), first);
        return first;
      }
      return undefined;
    }
    if (ts.isCallExpression(e)) {
      const callee = skipOuterExpressions(e.expression);
      if (ts.isIdentifier(callee) && callee.text === 'String' && e.arguments.length === 1) return this.evalExpr(e.arguments[0]!, depth + 1);
      if (ts.isPropertyAccessExpression(callee) && (callee.name.text === 'toString' || callee.name.text === 'trim'))
        return this.evalExpr(callee.expression, depth + 1);
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'replace') {
        // `${base}`.replace(/\/$/, ''): the host stays.
        const base = this.evalExpr(callee.expression, depth + 1);
        return stripsTrailingSlash(e) ? withoutTrailingSlash(base) : base;
      }
      return this.callReturnString(e, depth);
    }
    return undefined;
  }

  /**
   * `location.origin`, `window.location.href`, `self.origin`, `document.baseURI`; in a route
   * handler `request.url` and `req.nextUrl.origin`: where the running code itself is served from.
   */
  private ownLocationPart(e: ts.PropertyAccessExpression): string | undefined {
    const name = e.name.text;
    const target = skipOuterExpressions(e.expression);
    const global = (id: ts.Expression, names: readonly string[]): boolean =>
      ts.isIdentifier(id) && names.includes(id.text) && resolveIdentifier(this.checker, id).kind !== 'decl';
    // `location`, `window.location`, `self.location`, `globalThis.location`, `document.location`
    const isLocation = (x: ts.Expression): boolean =>
      global(x, ['location']) ||
      (ts.isPropertyAccessExpression(x) &&
        x.name.text === 'location' &&
        global(skipOuterExpressions(x.expression), [...GLOBAL_SCOPES, 'document']));
    if (isLocation(target)) {
      if (name === 'origin' || name === 'href') return SAME_ORIGIN;
      // `${location.protocol}//${location.host}/api`; the protocol alone says nothing of the host.
      if (name === 'host' || name === 'hostname') return SAME_ORIGIN_HOST;
      if (name === 'protocol') return 'https:';
      return undefined;
    }
    if (name === 'origin' && global(target, GLOBAL_SCOPES)) return SAME_ORIGIN;
    if ((name === 'baseURI' || name === 'URL') && global(target, ['document'])) return SAME_ORIGIN;
    // The incoming request of a route handler: its own host.
    if (name === 'url' && this.isIncomingRequest(target)) return SAME_ORIGIN;
    if (
      (name === 'origin' || name === 'href') &&
      ts.isPropertyAccessExpression(target) &&
      target.name.text === 'nextUrl' &&
      this.isIncomingRequest(skipOuterExpressions(target.expression))
    )
      return SAME_ORIGIN;
    return undefined;
  }

  /** A parameter that is the request a handler serves: typed `Request`/`NextRequest`, or named `req`/`request`. */
  private isIncomingRequest(x: ts.Expression): boolean {
    if (!ts.isIdentifier(x)) return false;
    const r = resolveIdentifier(this.checker, x);
    if (r.kind !== 'decl' || !ts.isParameter(r.decl)) return false;
    const type = r.decl.type ? r.decl.type.getText() : '';
    if (type) return /^(Next|Express\.|Fastify)?Request\b|^NextApiRequest\b|^IncomingMessage\b/.test(type);
    // Untyped: by name, and only where a handler takes it (a wrapper's `request` may be anything).
    return (x.text === 'req' || x.text === 'request') && r.decl.parent.parameters[0] === r.decl && isHandler(r.decl.parent);
  }

  private evalIdentifier(id: ts.Identifier, depth: number): StrVal | undefined {
    const r = resolveIdentifier(this.checker, id);
    if (r.kind !== 'decl') return undefined;
    const d = r.decl;
    if (ts.isVariableDeclaration(d)) {
      if (d.initializer) {
        const isConst = ts.isVariableDeclarationList(d.parent) && (d.parent.flags & ts.NodeFlags.Const) !== 0;
        const init = this.evalExpr(d.initializer, depth + 1);
        if (isConst || isResolvedStr(init)) return init;
      }
      const writes = this.writesOf(d.getSourceFile()).bySymbol.get(r.symbol) ?? [];
      for (const w of writes) if (w.kind === 'assign') return this.evalExpr(w.value, depth + 1);
      return undefined;
    }
    if (ts.isParameter(d) && isFunctionLikeWithBody(d.parent)) {
      if (ts.isIdentifier(d.name)) {
        const ref: StrVal = { parts: [{ kind: 'ref', fn: d.parent, index: parameterIndex(d), path: [] }] };
        return ref;
      }
      return undefined;
    }
    if (ts.isBindingElement(d)) {
      const key = staticPropertyName(d.propertyName ?? (ts.isIdentifier(d.name) ? d.name : undefined));
      const holder = d.parent.parent;
      if (key && ts.isVariableDeclaration(holder) && holder.initializer) return this.evalPath(holder.initializer, [key], depth + 1);
      if (key && ts.isParameter(holder) && isFunctionLikeWithBody(holder.parent)) {
        return { parts: [{ kind: 'ref', fn: holder.parent, index: parameterIndex(holder), path: [key] }] };
      }
      return undefined;
    }
    if (ts.isPropertyAssignment(d)) return this.evalExpr(d.initializer, depth + 1);
    if (ts.isEnumMember(d) && d.initializer) return this.evalExpr(d.initializer, depth + 1);
    return undefined;
  }

  private memberDeclarationString(e: ts.PropertyAccessExpression | ts.ElementAccessExpression, depth: number): StrVal | undefined {
    if (skipOuterExpressions(e.expression).kind === ts.SyntaxKind.ThisKeyword) return undefined;
    let sym: ts.Symbol | undefined;
    try {
      sym = this.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(e) ? e.name : e.argumentExpression);
    } catch {
      return undefined;
    }
    const d = sym?.valueDeclaration;
    if (!d || d.getSourceFile().isDeclarationFile) return undefined;
    if (ts.isPropertyAssignment(d)) {
      const v = this.evalExpr(d.initializer, depth + 1);
      return isResolvedStr(v) ? v : undefined;
    }
    if (ts.isPropertyDeclaration(d) && d.initializer) {
      const v = this.evalExpr(d.initializer, depth + 1);
      return isResolvedStr(v) ? v : undefined;
    }
    if (ts.isEnumMember(d) && d.initializer) return this.evalExpr(d.initializer, depth + 1);
    return undefined;
  }

  private classFieldString(cls: ts.ClassLikeDeclaration, name: string, depth: number): StrVal | undefined {
    for (const m of cls.members) {
      if (ts.isPropertyDeclaration(m) && staticPropertyName(m.name) === name && m.initializer)
        return this.evalExpr(m.initializer, depth + 1);
      // `constructor(private readonly endpoint = 'https://…')`: the default, what an instance holds unless its maker passes another.
      if (ts.isConstructorDeclaration(m)) {
        for (const p of m.parameters) {
          if (p.initializer && ts.isIdentifier(p.name) && p.name.text === name && ts.isParameterPropertyDeclaration(p, m))
            return this.evalExpr(p.initializer, depth + 1);
        }
      }
    }
    const writes = this.writesOf(cls.getSourceFile()).classFields.get(cls)?.get(name) ?? [];
    for (const w of writes) {
      const v = this.evalExpr(w, depth + 1);
      if (isResolvedStr(v)) return v;
    }
    return undefined;
  }

  private classOfNew(e: ts.NewExpression): ts.ClassLikeDeclaration | undefined {
    const ctor = skipOuterExpressions(e.expression);
    if (!ts.isIdentifier(ctor)) return undefined;
    const r = resolveIdentifier(this.checker, ctor);
    return r.kind === 'decl' && (ts.isClassDeclaration(r.decl) || ts.isClassExpression(r.decl)) ? r.decl : undefined;
  }

  /** The string a constructed instance holds in a field: `new Api({ baseUrl: 'https://…' }).options.baseUrl`. */
  private constructedFieldString(
    cls: ts.ClassLikeDeclaration,
    site: ts.NewExpression,
    name: string,
    rest: string[],
    depth: number,
  ): StrVal | undefined {
    const ctor = cls.members.find(ts.isConstructorDeclaration);
    const args = site.arguments ?? [];
    const fromParam = (v: StrVal): StrVal => {
      const parts: StrPart[] = [];
      for (const p of v.parts) {
        if (p.kind === 'ref' && p.fn === ctor && p.index >= 0) {
          const a = args[p.index];
          parts.push(...(a ? this.evalPath(a, p.path, depth + 1).parts : [{ kind: 'unknown' as const, text: name }]));
        } else parts.push(p);
      }
      return concatStr({ parts });
    };
    if (ctor) {
      for (const p of ctor.parameters) {
        const isProperty = ts
          .getModifiers(p)
          ?.some(
            (m) =>
              m.kind === ts.SyntaxKind.PrivateKeyword ||
              m.kind === ts.SyntaxKind.PublicKeyword ||
              m.kind === ts.SyntaxKind.ProtectedKeyword ||
              m.kind === ts.SyntaxKind.ReadonlyKeyword,
          );
        if (isProperty && ts.isIdentifier(p.name) && p.name.text === name) {
          const a = args[parameterIndex(p)] ?? p.initializer;
          return a ? this.evalPath(a, rest, depth + 1) : undefined;
        }
      }
    }
    // `this.baseUrl = options.baseUrl` in the constructor, or a field initialiser.
    const writes = [...(this.writesOf(cls.getSourceFile()).classFields.get(cls)?.get(name) ?? [])];
    for (const m of cls.members)
      if (ts.isPropertyDeclaration(m) && staticPropertyName(m.name) === name && m.initializer) writes.push(m.initializer);
    for (const w of writes) {
      const v = fromParam(rest.length ? this.evalPath(w, rest, depth + 1) : this.evalExpr(w, depth + 1));
      if (isResolvedStr(v)) return v;
    }
    return undefined;
  }

  /** A helper that builds a URL: `apiUrl('/users')` → its single returned string with the arguments. */
  private callReturnString(call: ts.CallExpression, depth: number): StrVal | undefined {
    const fn = calledFunction(this.checker, call.expression);
    if (!fn) return undefined;
    const body = fn.body!;
    let returned: ts.Expression | undefined;
    if (!ts.isBlock(body)) returned = body;
    else {
      const rets = body.statements.filter(ts.isReturnStatement);
      if (rets.length === 1) returned = rets[0]!.expression;
    }
    if (!returned) return undefined;
    const v = this.evalExpr(returned, depth + 1);
    const parts: StrPart[] = [];
    for (const p of v.parts) {
      if (p.kind === 'ref' && p.fn === fn && p.index >= 0) {
        const a = call.arguments[p.index];
        parts.push(...(a ? this.evalPath(a, p.path, depth + 1).parts : [{ kind: 'unknown' as const, text: 'arg' }]));
      } else parts.push(p);
    }
    return concatStr({ parts });
  }
}

/** `.replace(/\/+$/, '')`, `.replace(/([^/])\/+$/, '$1')`: a base URL's trailing slashes removed. */
function stripsTrailingSlash(call: ts.CallExpression): boolean {
  const pattern = call.arguments[0];
  return pattern !== undefined && ts.isRegularExpressionLiteral(pattern) && /\\\/[+*]?\$\/[a-z]*$/.test(pattern.text);
}

function withoutTrailingSlash(v: StrVal): StrVal {
  const last = v.parts[v.parts.length - 1];
  if (last?.kind !== 'lit' || !/[^/]\/+$/.test(last.text)) return v;
  return { parts: [...v.parts.slice(0, -1), { kind: 'lit', text: last.text.replace(/\/+$/, '') }] };
}

/** `settings.apiUrl` where `settings` is a parameter; a bare parameter (`baseUrl`) is the caller's to fill. */
function isSettingOfParameter(v: StrVal): boolean {
  const first = v.parts[0];
  return first?.kind === 'ref' && first.path.length > 0;
}

function isAbsoluteUrl(v: StrVal): boolean {
  const first = v.parts[0];
  return first?.kind === 'lit' && /^[a-z][a-z0-9+.-]*:\/\/[^/]/i.test(first.text);
}

/** `process.env.API_URL`, `process.env['API_URL']`, `import.meta.env.VITE_API_URL`. */
function envVariableName(e: ts.Expression): string | undefined {
  e = skipOuterExpressions(e);
  if (!ts.isPropertyAccessExpression(e) && !ts.isElementAccessExpression(e)) return undefined;
  const name = ts.isPropertyAccessExpression(e) ? e.name.text : staticPropertyName(e.argumentExpression);
  if (!name) return undefined;
  const obj = skipOuterExpressions(e.expression);
  if (ts.isPropertyAccessExpression(obj) && obj.name.text === 'env') {
    const root = skipOuterExpressions(obj.expression);
    if (ts.isIdentifier(root) && root.text === 'process') return name;
    if (ts.isMetaProperty(root)) return name;
  }
  return undefined;
}

function enclosingFunctionOf(node: ts.Node): ts.Node | undefined {
  let n = node.parent;
  while (n) {
    if (isFunctionLikeWithBody(n) && !ts.isArrowFunction(n)) return n;
    n = n.parent;
  }
  return undefined;
}

/** A route handler: a callback handed to a registration (`app.get(path, (req, res) => …)`) or a `GET`/`POST`… export. */
function isHandler(fn: ts.SignatureDeclaration): boolean {
  let p: ts.Node = fn.parent;
  while (ts.isParenthesizedExpression(p) || ts.isAsExpression(p)) p = p.parent;
  if (ts.isCallExpression(p) && p.arguments.some((a) => skipOuterExpressions(a) === fn)) return true;
  const name = ts.isFunctionDeclaration(fn)
    ? fn.name?.text
    : ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)
      ? p.name.text
      : undefined;
  return !!name && /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|middleware|handler|loader|action)$/.test(name);
}
