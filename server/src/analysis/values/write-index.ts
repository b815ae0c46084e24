import ts from 'typescript';
import { forEachChild, skipOuterExpressions, staticPropertyName } from '../ts-helpers';
import { enclosingClass } from './symbols';

const BINARY = ts.SyntaxKind.BinaryExpression;
const CALL = ts.SyntaxKind.CallExpression;

/**
 * Writes that change what a variable holds after its declaration: `x = e`, `x.key = e`,
 * `Object.assign(x, e)`, `x.push(e)`, `form.append('key', e)`, plus `this.key = e` per class
 * and method calls such as `xhr.open(method, url)`. Built once per file, on first need; see
 * WriteIndex for when the checker is asked.
 */
export type Write =
  | { kind: 'assign'; value: ts.Expression }
  | { kind: 'field'; path: string[]; value: ts.Expression }
  | { kind: 'merge'; value: ts.Expression };

const FIELD_SETTERS = new Set(['append', 'set']);

/**
 * The field a one-argument fluent setter fills (`userData.setEmail(v)` → `email`): builders of
 * SDK payloads (Meta's Conversions API, Google Ads) are filled that way.
 */
export function setterField(method: string, argCount: number): string | undefined {
  if (argCount !== 1 || !/^set[A-Z]/.test(method)) return undefined;
  return method.charAt(3).toLowerCase() + method.slice(4);
}
const ELEMENT_ADDERS = new Set(['push', 'unshift', 'add']);

/**
 * One syntactic write whose target is named by an identifier: which symbol that identifier
 * stands for is asked of the checker only when a symbol of that name is looked up.
 */
interface NamedWrite {
  target: ts.Identifier;
  writes: Write[];
  /** A method called on the target itself (`xhr.open(…)`, `req.write(…)`). */
  method?: { name: string; call: ts.CallExpression };
}

/**
 * The index is made in one syntactic walk; symbols are resolved per name, on first lookup of a
 * symbol by that name. A file of a thousand calls asks the checker about none of them until
 * a value is traced to one of its variables (after an edit, only the few the walk reaches).
 */
export class WriteIndex {
  readonly classFields = new Map<ts.ClassLikeDeclaration, Map<string, ts.Expression[]>>();
  private readonly byName = new Map<string, NamedWrite[]>();
  private readonly bySymbol = new Map<ts.Symbol, Write[]>();
  private readonly methodCalls = new Map<ts.Symbol, Map<string, ts.CallExpression[]>>();

  constructor(
    sf: ts.SourceFile,
    private readonly checker: ts.TypeChecker,
  ) {
    for (const st of sf.statements) {
      let writes = statementWrites.get(st);
      if (!writes) statementWrites.set(st, (writes = new StatementWrites(st)));
      for (const w of writes.named) {
        const list = this.byName.get(w.target.text);
        if (list) list.push(w);
        else this.byName.set(w.target.text, [w]);
      }
      for (const { cls, field, values } of writes.fields) {
        let fields = this.classFields.get(cls);
        if (!fields) this.classFields.set(cls, (fields = new Map()));
        const list = fields.get(field);
        if (list) list.push(...values);
        else fields.set(field, [...values]);
      }
    }
  }

  /** Later writes of a variable: assignments, fields set, values merged or added in. */
  writesTo(symbol: ts.Symbol): readonly Write[] | undefined {
    this.resolve(symbol);
    return this.bySymbol.get(symbol);
  }

  /** The methods called on a variable, by method name, in the order of the file. */
  methodCallsOf(symbol: ts.Symbol): ReadonlyMap<string, readonly ts.CallExpression[]> | undefined {
    this.resolve(symbol);
    return this.methodCalls.get(symbol);
  }

  /** The methods called on the variable `decl` declares (`const req = http.request(…)`). */
  methodCallsOfDeclaration(decl: ts.VariableDeclaration): ReadonlyMap<string, readonly ts.CallExpression[]> | undefined {
    if (!ts.isIdentifier(decl.name)) return undefined;
    this.resolveName(decl.name.text);
    for (const [sym, methods] of this.methodCalls) if (sym.valueDeclaration === decl) return methods;
    return undefined;
  }

  /** Resolves the writes of every name a reference to `symbol` can be written with. */
  private resolve(symbol: ts.Symbol): void {
    this.resolveName(symbol.name);
    for (const d of symbol.declarations ?? []) {
      const name = ts.getNameOfDeclaration(d);
      if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name))) this.resolveName(name.text);
      // `import { a as b }`, `export { a as b }`: the name on either side.
      if ((ts.isImportSpecifier(d) || ts.isExportSpecifier(d)) && d.propertyName && ts.isIdentifier(d.propertyName))
        this.resolveName(d.propertyName.text);
    }
  }

  private resolveName(name: string): void {
    const pending = this.byName.get(name);
    if (!pending) return;
    this.byName.delete(name);
    for (const w of pending) {
      const s = this.symbolOf(w.target);
      if (!s) continue;
      for (const write of w.writes) this.add(s, write);
      if (w.method) {
        let calls = this.methodCalls.get(s);
        if (!calls) this.methodCalls.set(s, (calls = new Map()));
        const list = calls.get(w.method.name) ?? [];
        list.push(w.method.call);
        calls.set(w.method.name, list);
      }
    }
  }

  private symbolOf(id: ts.Identifier): ts.Symbol | undefined {
    try {
      return this.checker.getSymbolAtLocation(id);
    } catch {
      return undefined;
    }
  }

  private add(sym: ts.Symbol, w: Write): void {
    const list = this.bySymbol.get(sym);
    if (list) list.push(w);
    else this.bySymbol.set(sym, [w]);
  }
}

/**
 * The writes of one top-level statement, found without the checker. Kept per statement node:
 * after an edit the incremental parser hands back the unchanged statements as the same
 * nodes, so only the edited one is walked again.
 */
class StatementWrites {
  readonly named: NamedWrite[] = [];
  /** `this.key = e` and `this.key.push(e)`, per class, in the order of the file. */
  readonly fields: Array<{ cls: ts.ClassLikeDeclaration; field: string; values: ts.Expression[] }> = [];

  constructor(st: ts.Statement) {
    const visit = (node: ts.Node): void => {
      if (node.kind === BINARY && isAssignmentOperator((node as ts.BinaryExpression).operatorToken.kind))
        this.recordAssignment((node as ts.BinaryExpression).left, (node as ts.BinaryExpression).right);
      else if (node.kind === CALL) this.recordCall(node as ts.CallExpression);
      forEachChild(node, visit);
    };
    visit(st);
  }

  /** Keeps a write of the variable `target` names, to be resolved when that name is looked up. */
  private defer(target: ts.Identifier, writes: Write[], method?: NamedWrite['method']): void {
    if (writes.length === 0 && !method) return;
    this.named.push({ target, writes, method });
  }

  private recordAssignment(left: ts.Expression, right: ts.Expression): void {
    left = skipOuterExpressions(left);
    if (ts.isIdentifier(left)) {
      this.defer(left, [{ kind: 'assign', value: right }]);
      return;
    }
    const path: string[] = [];
    // `acc[m.memberNumber] = m.points`: an object used as a map holds its keys too.
    const keys: ts.Expression[] = [];
    let e: ts.Expression = left;
    while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
      const key = ts.isPropertyAccessExpression(e) ? e.name.text : staticPropertyName(e.argumentExpression);
      // Only a field read as key (`m.memberNumber`, `user.email`): a bare `key` is most often a
      // dictionary's own key (`acc[id] = label` over i18n texts).
      if (
        !ts.isPropertyAccessExpression(e) &&
        key === undefined &&
        ts.isPropertyAccessExpression(skipOuterExpressions(e.argumentExpression))
      )
        keys.push(e.argumentExpression);
      path.unshift(key ?? '*');
      e = skipOuterExpressions(e.expression);
    }
    if (keys.length && ts.isIdentifier(e))
      this.defer(
        e,
        keys.map((k) => ({ kind: 'merge', value: k })),
      );
    if (path.length === 0) return;
    if (e.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = enclosingClass(e);
      // `this.customer.email = x` is recorded as a write of `customer` that carries x.
      if (cls) this.fields.push({ cls, field: path[0]!, values: [right] });
      return;
    }
    if (ts.isIdentifier(e)) this.defer(e, [path.includes('*') ? { kind: 'merge', value: right } : { kind: 'field', path, value: right }]);
  }

  private recordCall(call: ts.CallExpression): void {
    const callee = skipOuterExpressions(call.expression);
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const target = skipOuterExpressions(callee.expression);
      if (ts.isIdentifier(target) && target.text === 'Object' && method === 'assign' && call.arguments.length >= 2) {
        const t = skipOuterExpressions(call.arguments[0]!);
        if (ts.isIdentifier(t))
          this.defer(
            t,
            call.arguments.slice(1).map((src) => ({ kind: 'merge', value: src })),
          );
        return;
      }
      // `this.ipsSeen.add(ip)`, `this.queue.push(event)`: the field holds what is added.
      if (
        ts.isPropertyAccessExpression(target) &&
        skipOuterExpressions(target.expression).kind === ts.SyntaxKind.ThisKeyword &&
        ELEMENT_ADDERS.has(method)
      ) {
        const cls = enclosingClass(target);
        if (cls) this.fields.push({ cls, field: target.name.text, values: [...call.arguments] });
        return;
      }
      // `url.searchParams.set(k, v)` fills the URL itself: record it on the root variable.
      let root: ts.Expression = target;
      let nested = false;
      while (ts.isPropertyAccessExpression(root)) {
        root = skipOuterExpressions(root.expression);
        nested = true;
      }
      if (!ts.isIdentifier(root)) return;
      if (nested) {
        // The parameter's name says what a neutral value is: `url.searchParams.set('phone', x)`.
        const key = FIELD_SETTERS.has(method) && call.arguments.length >= 2 ? staticPropertyName(call.arguments[0]) : undefined;
        if (key) this.defer(root, [{ kind: 'field', path: [key], value: call.arguments[1]! }]);
        else if (FIELD_SETTERS.has(method) || ELEMENT_ADDERS.has(method))
          this.defer(
            root,
            call.arguments.slice(FIELD_SETTERS.has(method) ? 1 : 0).map((a) => ({ kind: 'merge', value: a })),
          );
        return;
      }
      const writes: Write[] = [];
      const setter = setterField(method, call.arguments.length);
      if (setter) writes.push({ kind: 'field', path: [setter], value: call.arguments[0]! });
      else if (ELEMENT_ADDERS.has(method)) for (const a of call.arguments) writes.push({ kind: 'merge', value: a });
      else if (FIELD_SETTERS.has(method) && call.arguments.length >= 2) {
        const key = staticPropertyName(call.arguments[0]);
        const value = call.arguments[1]!;
        writes.push(key ? { kind: 'field', path: [key], value } : { kind: 'merge', value });
      }
      this.defer(root, writes, { name: method, call });
    }
  }
}

const statementWrites = new WeakMap<ts.Statement, StatementWrites>();

function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}
