import ts from 'typescript';
import { skipOuterExpressions } from '../ts-helpers';
import { resolveIdentifier } from './symbols';

/**
 * Domain events on a Node EventEmitter: `bus.emit('user.signedUp', { contact: email })` in one
 * file, `bus.on('user.signedUp', (evt) => got.post(…, evt.contact))` in another. The handler's
 * parameter holds what the emit sites of the same event on the same emitter put in.
 */
const LISTENER_METHODS = ['on', 'once', 'addListener', 'prependListener', 'prependOnceListener'];
const LISTENERS = new Set(LISTENER_METHODS);
const LISTENER_CALL = new RegExp(`\\.(?:${LISTENER_METHODS.join('|')})\\(`);
const LISTENED_EVENT = new RegExp(`\\.(?:${LISTENER_METHODS.join('|')})\\(\\s*['"\`]([^'"\`\\n]+)['"\`]`, 'g');
/** Events of streams, sockets and processes: their payloads come from the runtime, not from an emit in the codebase. */
const RUNTIME_EVENTS = new Set([
  'data',
  'end',
  'error',
  'close',
  'finish',
  'message',
  'connection',
  'connect',
  'open',
  'ready',
  'drain',
  'readable',
  'exit',
  'request',
  'response',
  'timeout',
  'listening',
  'upgrade',
  'disconnect',
  'line',
  'change',
  'abort',
]);

/** Whether source text registers a listener at all (a cheap test before any parsing). */
export function mentionsListener(text: string): boolean {
  return LISTENER_CALL.test(text);
}

/** The codebase events a source text listens to, by a text scan: `bus.on('user.signedUp', …)`. */
export function listenedEvents(text: string): string[] {
  return Array.from(text.matchAll(LISTENED_EVENT), (m) => m[1]!).filter((name) => !RUNTIME_EVENTS.has(name));
}

export interface HandledEvent {
  name: string;
  emitter: ts.Expression;
}

/** The event a parameter receives when its function is registered with `emitter.on('name', fn)`. */
export function handledEvent(param: ts.ParameterDeclaration): HandledEvent | undefined {
  const fn = param.parent;
  if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || fn.parameters[0] !== param) return undefined;
  let at: ts.Node = fn;
  while (ts.isParenthesizedExpression(at.parent)) at = at.parent;
  const call = at.parent;
  if (!ts.isCallExpression(call) || call.arguments[1] !== at) return undefined;
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !LISTENERS.has(callee.name.text)) return undefined;
  const name = call.arguments[0];
  if (!name || !ts.isStringLiteralLike(name) || RUNTIME_EVENTS.has(name.text)) return undefined;
  return { name: name.text, emitter: callee.expression };
}

/** Every `x.emit('name', payload)` of the program's files, indexed once. */
export class EmitSites {
  private byName: Map<string, ts.CallExpression[]> | undefined;

  constructor(private readonly files: () => readonly ts.SourceFile[]) {}

  of(name: string): ts.CallExpression[] {
    if (!this.byName) {
      this.byName = new Map();
      for (const sf of this.files()) {
        if (sf.isDeclarationFile || !sf.text.includes('.emit(')) continue;
        const visit = (n: ts.Node): void => {
          if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'emit') {
            const a = n.arguments[0];
            if (a && ts.isStringLiteralLike(a)) {
              const list = this.byName!.get(a.text) ?? [];
              list.push(n);
              this.byName!.set(a.text, list);
            }
          }
          ts.forEachChild(n, visit);
        };
        visit(sf);
      }
    }
    return this.byName.get(name) ?? [];
  }
}

/** Both receivers name the same emitter: the same declaration, or (when unresolved) the same text. */
export function sameEmitter(a: ts.Expression, b: ts.Expression, checker: ts.TypeChecker): boolean {
  const x = skipOuterExpressions(a);
  const y = skipOuterExpressions(b);
  if (ts.isIdentifier(x) && ts.isIdentifier(y)) {
    const rx = resolveIdentifier(checker, x);
    const ry = resolveIdentifier(checker, y);
    if (rx.kind === 'decl' && ry.kind === 'decl') return rx.decl === ry.decl;
  }
  return x.getText() === y.getText();
}
