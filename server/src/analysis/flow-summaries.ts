import ts from 'typescript';
import type { DataEvaluator } from './data-evaluator';
import type { Sink, SinkClassifier } from './sink-classifier';
import { concatStr, type StrPart, type StrVal, type StringEvaluator } from './string-evaluator';
import { forEachChild, isFunctionLikeWithBody, rightmostName, skipOuterExpressions, type FunctionLike } from './ts-helpers';

const CALL = ts.SyntaxKind.CallExpression;
const NEW = ts.SyntaxKind.NewExpression;
const CLASS_DECLARATION = ts.SyntaxKind.ClassDeclaration;
const CLASS_EXPRESSION = ts.SyntaxKind.ClassExpression;
import { EMPTY, union, type Value } from './values';

/**
 * A flow of data into a sink, as seen from one function: `site` is the call in this function
 * where it is handed over (the sink itself, or a call of a wrapper that reaches it), `chain`
 * the calls from `site` down to the sink.
 */
export interface SinkEvent {
  site: ts.CallExpression;
  chain: ts.CallExpression[];
  sink: Sink;
  data: Value;
  endpoint: StrVal;
}

const ARRAY_CALLBACK_METHODS = new Set(['forEach', 'map', 'flatMap', 'filter', 'find', 'some', 'every', 'reduce', 'findLast', 'sort']);

/**
 * Per-function summaries of the sinks a function reaches, so that a wrapper several layers
 * deep costs one walk of each function, and call sites substitute their arguments.
 */
export class FlowSummaries {
  private readonly events = new Map<ts.Node, SinkEvent[]>();
  private readonly inProgress = new Set<ts.Node>();
  /** Functions whose summary a resolved call site has used: their parameters have callers. */
  readonly called = new Set<ts.Node>();
  /**
   * What each walked function (or inline callback) led to: the codebase functions it calls and
   * the callbacks walked as part of it. The incremental analysis replays a reused function's share of `called` from these.
   */
  readonly edges = new Map<ts.Node, { calls: Set<ts.Node>; walks: Set<ts.Node> }>();
  private current: ts.Node | undefined;

  constructor(
    private readonly data: DataEvaluator,
    private readonly strings: StringEvaluator,
    private readonly sinks: SinkClassifier,
    private readonly filter: { isCandidateCall(call: ts.CallExpression): boolean; mayBeFunction(name: string | undefined): boolean },
  ) {}

  /** Forget the summaries: the filter learned new names worth following. */
  reset(): void {
    this.events.clear();
    this.called.clear();
    this.edges.clear();
  }

  private edgesOf(container: ts.Node | undefined): { calls: Set<ts.Node>; walks: Set<ts.Node> } | undefined {
    if (!container) return undefined;
    let e = this.edges.get(container);
    if (!e) this.edges.set(container, (e = { calls: new Set(), walks: new Set() }));
    return e;
  }

  eventsOf(container: FunctionLike | ts.SourceFile): SinkEvent[] {
    const cached = this.events.get(container);
    if (cached) return cached;
    if (this.inProgress.has(container)) return []; // recursion: the cycle adds nothing new
    this.inProgress.add(container);
    const out: SinkEvent[] = [];
    const outer = this.current;
    this.current = container;
    this.edgesOf(container);
    try {
      const body = ts.isSourceFile(container) ? container : container.body;
      if (body) this.walk(body, out);
    } finally {
      this.inProgress.delete(container);
      this.current = outer;
    }
    this.events.set(container, out);
    return out;
  }

  private walk(node: ts.Node, out: SinkEvent[]): void {
    const visit = (n: ts.Node): void => {
      if (isFunctionLikeWithBody(n) || n.kind === CLASS_DECLARATION || n.kind === CLASS_EXPRESSION) return; // nested functions: their own units
      if (n.kind === CALL) this.visitCall(n as ts.CallExpression, out);
      else if (n.kind === NEW) this.callbacks(n as ts.NewExpression, out);
      forEachChild(n, visit);
    };
    // A block or file: its statements; an arrow's expression body: the expression itself.
    if (ts.isBlock(node) || ts.isSourceFile(node)) ts.forEachChild(node, visit);
    else visit(node);
  }

  private visitCall(call: ts.CallExpression, out: SinkEvent[]): void {
    // Names decide what is worth asking the checker about.
    const sink = this.filter.isCandidateCall(call) ? safe(() => this.sinks.classify(call)) : undefined;
    if (sink) out.push({ site: call, chain: [call], sink, data: sink.data, endpoint: sink.endpoint });
    else if (this.filter.mayBeFunction(rightmostName(call.expression))) {
      const fn = safe(() => this.data.resolveFunction(call.expression));
      if (fn && fn !== enclosingFunction(call)) this.throughWrapper(call, fn, out);
    }
    this.callbacks(call, out);
  }

  /** A call of a codebase function that reaches sinks with its parameters. */
  private throughWrapper(call: ts.CallExpression, fn: FunctionLike, out: SinkEvent[]): void {
    this.called.add(fn);
    this.edgesOf(this.current)?.calls.add(fn);
    const inner = this.eventsOf(fn);
    if (inner.length === 0) return;
    const callee = skipOuterExpressions(call.expression);
    const receiver = ts.isPropertyAccessExpression(callee) ? callee.expression : undefined;
    const resolveArg = this.data.argResolver(call.arguments, receiver, fn);
    for (const e of inner) {
      const dependsOnParams = e.data.refs.some((r) => r.fn === fn) || hasFieldRefs(e.data, fn) || e.endpoint.parts.some((p) => p.kind === 'ref' && (p.fn === fn || isInside(fn, p.fn)));
      if (!dependsOnParams) continue;
      const data = this.data.substitute(e.data, fn, resolveArg, false);
      const endpoint = this.substituteEndpoint(e.endpoint, fn, call.arguments, receiver);
      out.push({ site: call, chain: [call, ...e.chain], sink: e.sink, data, endpoint });
    }
  }

  private substituteEndpoint(v: StrVal, fn: ts.Node, args: readonly ts.Expression[], receiver: ts.Expression | undefined): StrVal {
    if (!v.parts.some((p) => p.kind === 'ref')) return v;
    // A method of an object a factory returned (`createClient(cfg).post`) closes over the
    // factory's parameters: the call that made the receiver supplies them.
    const factoryCall = receiver ? this.creationCall(receiver) : undefined;
    const parts: StrPart[] = [];
    for (const p of v.parts) {
      if (p.kind === 'ref' && p.fn !== fn && factoryCall && p.index >= 0 && isInside(fn, p.fn) && this.data.resolveFunction(factoryCall.expression) === p.fn) {
        const a = factoryCall.arguments[p.index];
        parts.push(...(a ? this.strings.evalPath(a, p.path).parts : [{ kind: 'unknown' as const, text: `argument ${p.index + 1}` }]));
        continue;
      }
      if (p.kind !== 'ref' || p.fn !== fn) {
        parts.push(p);
        continue;
      }
      const arg = p.index === -1 ? receiver : args[p.index];
      if (!arg) parts.push({ kind: 'unknown', text: p.index === -1 ? 'this' : `argument ${p.index + 1}` });
      else parts.push(...this.strings.evalPath(arg, p.path).parts);
    }
    return concatStr({ parts });
  }

  /** `const client = createClient(cfg)`: the call whose result a receiver holds. */
  private creationCall(receiver: ts.Expression): ts.CallExpression | undefined {
    const init = this.data.initializerOf(receiver);
    const e = init ? skipOuterExpressions(init) : undefined;
    return e && ts.isCallExpression(e) ? e : undefined;
  }

  /**
   * Inline callbacks run where they are written: `users.forEach(u => fetch(...))`. Their element
   * parameter is bound to the array; callbacks of unknown functions (route handlers, timers)
   * keep what their parameters' names say.
   */
  private callbacks(call: ts.CallExpression | ts.NewExpression, out: SinkEvent[]): void {
    const callee = skipOuterExpressions(call.expression);
    const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    const args = call.arguments ?? [];
    for (let i = 0; i < args.length; i++) {
      const arg = skipOuterExpressions(args[i]!);
      if (!isFunctionLikeWithBody(arg)) continue;
      this.edgesOf(this.current)?.walks.add(arg);
      const inner = this.eventsOf(arg);
      if (inner.length === 0) continue;
      let receiverValue: Value | undefined;
      if (i === 0 && method && (ARRAY_CALLBACK_METHODS.has(method) || method === 'then') && ts.isPropertyAccessExpression(callee)) {
        receiverValue = safe(() => this.data.eval(callee.expression)) ?? EMPTY;
      }
      for (const e of inner) {
        const elementIndex = method === 'reduce' ? 1 : 0;
        const data = this.data.substitute(e.data, arg, (idx) => (receiverValue && idx === elementIndex ? { value: receiverValue, unknown: true } : undefined), true);
        out.push({ ...e, data });
      }
    }
  }
}

function isInside(node: ts.Node, container: ts.Node): boolean {
  return node.pos >= container.pos && node.end <= container.end && node !== container;
}

function hasFieldRefs(v: Value, fn: ts.Node): boolean {
  if (!v.fields) return false;
  for (const f of v.fields.values()) if (f.refs.some((r) => r.fn === fn) || hasFieldRefs(f, fn)) return true;
  return false;
}

function enclosingFunction(node: ts.Node): ts.Node | undefined {
  let n = node.parent;
  while (n && !isFunctionLikeWithBody(n)) n = n.parent;
  return n;
}

/** One file's odd construct must not take the whole analysis down. */
function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

export { union };
