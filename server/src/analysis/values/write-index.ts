import ts from 'typescript';
import { forEachChild, skipOuterExpressions, staticPropertyName } from '../ts-helpers';
import { enclosingClass } from './symbols';

const BINARY = ts.SyntaxKind.BinaryExpression;
const CALL = ts.SyntaxKind.CallExpression;

/**
 * Writes that change what a variable holds after its declaration: `x = e`, `x.key = e`,
 * `Object.assign(x, e)`, `x.push(e)`, `form.append('key', e)`, plus `this.key = e` per class
 * and method calls such as `xhr.open(method, url)`. Built once per file, on first need.
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

export class WriteIndex {
  readonly bySymbol = new Map<ts.Symbol, Write[]>();
  readonly classFields = new Map<ts.ClassLikeDeclaration, Map<string, ts.Expression[]>>();
  readonly methodCalls = new Map<ts.Symbol, Map<string, ts.CallExpression[]>>();

  constructor(
    sf: ts.SourceFile,
    private readonly checker: ts.TypeChecker,
  ) {
    const visit = (node: ts.Node): void => {
      if (node.kind === BINARY && isAssignmentOperator((node as ts.BinaryExpression).operatorToken.kind))
        this.recordAssignment((node as ts.BinaryExpression).left, (node as ts.BinaryExpression).right);
      else if (node.kind === CALL) this.recordCall(node as ts.CallExpression);
      forEachChild(node, visit);
    };
    visit(sf);
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

  private recordAssignment(left: ts.Expression, right: ts.Expression): void {
    left = skipOuterExpressions(left);
    if (ts.isIdentifier(left)) {
      const s = this.symbolOf(left);
      if (s) this.add(s, { kind: 'assign', value: right });
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
    if (keys.length && ts.isIdentifier(e)) {
      const s = this.symbolOf(e);
      if (s) for (const k of keys) this.add(s, { kind: 'merge', value: k });
    }
    if (path.length === 0) return;
    if (e.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = enclosingClass(e);
      if (!cls) return;
      let fields = this.classFields.get(cls);
      if (!fields) this.classFields.set(cls, (fields = new Map()));
      // `this.customer.email = x` is recorded as a write of `customer` that carries x.
      const list = fields.get(path[0]!) ?? [];
      list.push(right);
      fields.set(path[0]!, list);
      return;
    }
    if (ts.isIdentifier(e)) {
      const s = this.symbolOf(e);
      if (s) this.add(s, path.includes('*') ? { kind: 'merge', value: right } : { kind: 'field', path, value: right });
    }
  }

  private recordCall(call: ts.CallExpression): void {
    const callee = skipOuterExpressions(call.expression);
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      const target = skipOuterExpressions(callee.expression);
      if (ts.isIdentifier(target) && target.text === 'Object' && method === 'assign' && call.arguments.length >= 2) {
        const t = skipOuterExpressions(call.arguments[0]!);
        if (ts.isIdentifier(t)) {
          const s = this.symbolOf(t);
          if (s) for (const src of call.arguments.slice(1)) this.add(s, { kind: 'merge', value: src });
        }
        return;
      }
      // `this.ipsSeen.add(ip)`, `this.queue.push(event)`: the field holds what is added.
      if (
        ts.isPropertyAccessExpression(target) &&
        skipOuterExpressions(target.expression).kind === ts.SyntaxKind.ThisKeyword &&
        ELEMENT_ADDERS.has(method)
      ) {
        const cls = enclosingClass(target);
        if (!cls) return;
        let fields = this.classFields.get(cls);
        if (!fields) this.classFields.set(cls, (fields = new Map()));
        const list = fields.get(target.name.text) ?? [];
        list.push(...call.arguments);
        fields.set(target.name.text, list);
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
      const s = this.symbolOf(root);
      if (nested) {
        // The parameter's name says what a neutral value is: `url.searchParams.set('phone', x)`.
        const key = FIELD_SETTERS.has(method) && call.arguments.length >= 2 ? staticPropertyName(call.arguments[0]) : undefined;
        if (s && key) this.add(s, { kind: 'field', path: [key], value: call.arguments[1]! });
        else if (s && (FIELD_SETTERS.has(method) || ELEMENT_ADDERS.has(method)))
          for (const a of call.arguments.slice(FIELD_SETTERS.has(method) ? 1 : 0)) this.add(s, { kind: 'merge', value: a });
        return;
      }
      if (!s) return;
      let calls = this.methodCalls.get(s);
      if (!calls) this.methodCalls.set(s, (calls = new Map()));
      const list = calls.get(method) ?? [];
      list.push(call);
      calls.set(method, list);
      const setter = setterField(method, call.arguments.length);
      if (setter) this.add(s, { kind: 'field', path: [setter], value: call.arguments[0]! });
      else if (ELEMENT_ADDERS.has(method)) for (const a of call.arguments) this.add(s, { kind: 'merge', value: a });
      else if (FIELD_SETTERS.has(method) && call.arguments.length >= 2) {
        const key = staticPropertyName(call.arguments[0]);
        const value = call.arguments[1]!;
        this.add(s, key ? { kind: 'field', path: [key], value } : { kind: 'merge', value });
      }
    }
  }
}

function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}
