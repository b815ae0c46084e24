import ts from 'typescript';
import type { Sink } from '../sinks/sink';
import type { SinkClassifier } from '../sinks/sink-classifier';
import { forEachChild, type FunctionLike, isFunctionLikeWithBody, rightmostName, skipOuterExpressions } from '../ts-helpers';
import { ELEMENT_CALLBACK_METHODS } from '../values/array-callbacks';
import type { DataEvaluator } from '../values/data-evaluator';
import { concatStr, type StringEvaluator, type StrPart, type StrVal } from '../values/string-evaluator';

const CALL = ts.SyntaxKind.CallExpression;
const NEW = ts.SyntaxKind.NewExpression;
const CLASS_DECLARATION = ts.SyntaxKind.ClassDeclaration;
const CLASS_EXPRESSION = ts.SyntaxKind.ClassExpression;
import { EMPTY, union, type Value } from '../values/values';
import { memberKey } from './function-units';
import { guardAtCall, guardsOf, type ParamGuard } from './sink-guards';

/** Which calls are worth resolving: sink-like names, and names of functions known to reach a sink. */
export interface CallFilter {
  isCandidateCall(call: ts.CallExpression): boolean;
  mayBeFunction(name: string | undefined): boolean;
}

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
  /** Flags of the function's parameters that must be set for `site` to reach the sink. */
  guards?: readonly ParamGuard[];
}

/**
 * Per-function summaries of the sinks a function reaches, so that a wrapper several layers
 * deep costs one walk of each function, and call sites substitute their arguments.
 */
export class FlowSummaries {
  private readonly events = new Map<ts.Node, SinkEvent[]>();
  private readonly inProgress = new Set<ts.Node>();
  /** The functions being walked, outermost first: a recursive call meets one of them. */
  private readonly stack: ts.Node[] = [];
  /**
   * Summaries made while a function of their call cycle was still being walked (it counted as
   * reaching nothing then): forgotten when that function is done, so they are made again in full.
   */
  private readonly provisional = new Map<ts.Node, Set<ts.Node>>();
  /** Calls passed over because no function of that name was known to reach a sink, by name. */
  private readonly skipped = new Map<string, Set<ts.Node>>();
  /** Who folded a function's (or inline callback's) summary into their own. */
  private readonly usedBy = new Map<ts.Node, Set<ts.Node>>();
  /** Functions whose summary a resolved call site has used: their parameters have callers. */
  readonly called = new Set<ts.Node>();
  /**
   * What each walked function (or inline callback) led to: the codebase functions it calls and
   * the callbacks walked as part of it. The incremental analysis replays a reused function's share of `called` from these.
   */
  readonly edges = new Map<ts.Node, { calls: Set<ts.Node>; walks: Set<ts.Node> }>();
  /** Functions whose walk met a call of a known wrapper's name it could not resolve: a program with more files may. */
  private readonly unanswered = new Set<ts.Node>();
  /** Files with a function walked since the last takeWalkedFiles(). */
  private walkedFiles = new Set<ts.SourceFile>();
  private current: ts.Node | undefined;

  constructor(
    private data: DataEvaluator,
    private strings: StringEvaluator,
    private sinks: SinkClassifier,
    private filter: CallFilter,
  ) {}

  /**
   * The next focus round's evaluators, over a program with the same trees and more files: the
   * summaries made so far stay (they hold syntax and data, nothing of the old program's
   * checker), except those that met a call they could not resolve in a file for which the new
   * program may answer otherwise (`changed`: it imports, at some depth, a file the old program
   * lacked), and those built on them. Returns every function forgotten.
   */
  rebind(
    data: DataEvaluator,
    strings: StringEvaluator,
    sinks: SinkClassifier,
    filter: CallFilter,
    changed: (file: string) => boolean,
  ): Set<ts.Node> {
    this.data = data;
    this.strings = strings;
    this.sinks = sinks;
    this.filter = filter;
    const stale = [...this.unanswered].filter((n) => changed(n.getSourceFile().fileName));
    for (const n of stale) this.unanswered.delete(n);
    return this.forget(stale);
  }

  /**
   * The filter learned new names worth following: forget the summaries that passed over a call
   * of one of them, and those built on such summaries. Returns every function forgotten, so
   * that the caller walks again only what can change (each layer of wrappers costs its own
   * functions, not another walk of everything).
   */
  learn(names: Iterable<string>): Set<ts.Node> {
    const waiting: ts.Node[] = [];
    for (const n of names) {
      const w = this.skipped.get(n);
      if (!w) continue;
      this.skipped.delete(n);
      waiting.push(...w);
    }
    return this.forget(waiting);
  }

  /** The files whose summaries were made (again) since the last call: the others' wrappers are as they were. */
  takeWalkedFiles(): Set<ts.SourceFile> {
    const files = this.walkedFiles;
    this.walkedFiles = new Set();
    return files;
  }

  /** Forgets these summaries and every summary built on them; returns all that were forgotten. */
  private forget(start: Iterable<ts.Node>): Set<ts.Node> {
    const forgotten = new Set<ts.Node>();
    const queue = [...start];
    while (queue.length) {
      const c = queue.pop()!;
      if (forgotten.has(c)) continue;
      forgotten.add(c);
      this.events.delete(c);
      for (const user of this.usedBy.get(c) ?? []) if (!forgotten.has(user)) queue.push(user);
    }
    return forgotten;
  }

  private use(container: ts.Node, user: ts.Node | undefined): void {
    if (!user) return;
    let s = this.usedBy.get(container);
    if (!s) this.usedBy.set(container, (s = new Set()));
    s.add(user);
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
    if (this.inProgress.has(container)) {
      // Recursion: within this walk the cycle adds nothing new, but the summaries of the
      // functions between here and the call that started it are not complete yet.
      for (let i = this.stack.length - 1; i >= 0 && this.stack[i] !== container; i--) {
        let s = this.provisional.get(container);
        if (!s) this.provisional.set(container, (s = new Set()));
        s.add(this.stack[i]!);
      }
      return [];
    }
    this.inProgress.add(container);
    this.stack.push(container);
    const out: SinkEvent[] = [];
    const outer = this.current;
    this.current = container;
    this.edgesOf(container);
    try {
      const body = ts.isSourceFile(container) ? container : container.body;
      if (body) this.walk(body, out);
    } finally {
      this.inProgress.delete(container);
      this.stack.pop();
      this.current = outer;
    }
    this.events.set(container, out);
    this.walkedFiles.add(container.getSourceFile());
    const partial = this.provisional.get(container);
    if (partial) {
      this.provisional.delete(container);
      // Made again, in full, when next asked for (this one's summary is known now), with
      // whatever was built on them meanwhile; this one's own summary stands.
      if (out.length > 0) {
        const queue = [...partial];
        const done = new Set<ts.Node>([container, ...this.stack]);
        while (queue.length) {
          const c = queue.pop()!;
          if (done.has(c)) continue;
          done.add(c);
          this.events.delete(c);
          for (const user of this.usedBy.get(c) ?? []) queue.push(user);
        }
      }
    }
    return out;
  }

  private walk(node: ts.Node, out: SinkEvent[]): void {
    for (const site of callSitesOf(node)) {
      if (site.kind === CALL) this.visitCall(site as ts.CallExpression, out);
      else this.callbacks(site as ts.NewExpression, out);
    }
  }

  private visitCall(call: ts.CallExpression, out: SinkEvent[]): void {
    // Names decide what is worth asking the checker about.
    const sink = this.filter.isCandidateCall(call) ? safe(() => this.sinks.classify(call)) : undefined;
    if (sink) out.push({ site: call, chain: [call], sink, data: sink.data, endpoint: sink.endpoint, guards: this.guardsHere(call) });
    else {
      const name = rightmostName(call.expression);
      // `x.get(…)` reaches a codebase function through a member of that name, or through a
      // module object (`import * as api`): a top-level `get` somewhere does not make every
      // `map.get(…)` and `c.get(…)` worth asking the checker about the receiver's type. The
      // receiver is looked at only when that is the question: a top-level function of the name
      // is known, a member of it is not.
      const key =
        name !== undefined &&
        this.filter.mayBeFunction(name) &&
        !this.filter.mayBeFunction(memberKey(name)) &&
        !this.data.mayHoldModuleMember(call.expression)
          ? memberKey(name)
          : name;
      if (this.filter.mayBeFunction(key)) {
        const fn = safe(() => this.data.resolveFunction(call.expression));
        if (fn && fn !== enclosingFunction(call)) this.throughWrapper(call, fn, out);
        else if (!fn && this.current) this.unanswered.add(this.current);
      } else if (key && this.current) {
        let waiting = this.skipped.get(key);
        if (!waiting) this.skipped.set(key, (waiting = new Set()));
        waiting.add(this.current);
      }
    }
    this.callbacks(call, out);
  }

  /** A call of a codebase function that reaches sinks with its parameters. */
  private throughWrapper(call: ts.CallExpression, fn: FunctionLike, out: SinkEvent[]): void {
    this.called.add(fn);
    this.edgesOf(this.current)?.calls.add(fn);
    this.use(fn, this.current);
    const inner = this.eventsOf(fn);
    if (inner.length === 0) return;
    const callee = skipOuterExpressions(call.expression);
    const receiver = ts.isPropertyAccessExpression(callee) ? callee.expression : undefined;
    const resolveArg = this.data.argResolver(call.arguments, receiver, fn);
    // Parameters this call leaves out or fills with nothing (`track('opened')`, `null`, `{}`):
    // the callee's names for them say nothing about what this caller hands over.
    const empty = new Set<number>();
    for (let i = 0; i < fn.parameters.length; i++) if (passesNothing(call.arguments, fn, i)) empty.add(i);
    const caller = this.current && !ts.isSourceFile(this.current) ? (this.current as FunctionLike) : undefined;
    const here = this.guardsHere(call);
    for (const e of inner) {
      const guards = this.liftGuards(e, fn, call, caller);
      if (guards === 'off') continue;
      const dependsOnParams =
        e.data.refs.some((r) => r.fn === fn) ||
        hasFieldRefs(e.data, fn) ||
        e.endpoint.parts.some((p) => p.kind === 'ref' && (p.fn === fn || isInside(fn, p.fn)));
      if (!dependsOnParams) continue;
      let passed = empty.size ? dropRefs(e.data, fn, empty) : e.data;
      // A closure of this function (`const trackCreated = (poll) => track({ id: ownerId }, …)`)
      // reports what it captures from here at its own sink: the call hands over its arguments only.
      if (isClosureCalledInScope(fn, call)) passed = onlyParamsOf(passed, fn);
      const data = this.data.substitute(passed, fn, resolveArg, false);
      const endpoint = this.substituteEndpoint(e.endpoint, fn, call.arguments, receiver);
      out.push({ site: call, chain: [call, ...e.chain], sink: e.sink, data, endpoint, guards: here ? [...guards, ...here] : guards });
    }
  }

  private guardsHere(call: ts.Node): ParamGuard[] | undefined {
    const fn = this.current;
    if (!fn || ts.isSourceFile(fn) || !isFunctionLikeWithBody(fn)) return undefined;
    const g = safe(() => guardsOf(call, fn));
    return g?.length ? g : undefined;
  }

  /** The callee's flags as this call sets them: `'off'` when it leaves one unset, so the sink is not reached. */
  private liftGuards(e: SinkEvent, fn: FunctionLike, call: ts.CallExpression, caller: FunctionLike | undefined): ParamGuard[] | 'off' {
    const out: ParamGuard[] = [];
    for (const g of e.guards ?? []) {
      const r = safe(() => guardAtCall(g, fn, call.arguments, caller));
      if (r === 'off') return 'off';
      if (r) out.push(r);
    }
    return out;
  }

  private substituteEndpoint(v: StrVal, fn: ts.Node, args: readonly ts.Expression[], receiver: ts.Expression | undefined): StrVal {
    if (!v.parts.some((p) => p.kind === 'ref')) return v;
    // A method of an object a factory returned (`createClient(cfg).post`) closes over the
    // factory's parameters: the call that made the receiver supplies them.
    const factoryCall = receiver ? this.creationCall(receiver) : undefined;
    const parts: StrPart[] = [];
    for (const p of v.parts) {
      if (
        p.kind === 'ref' &&
        p.fn !== fn &&
        factoryCall &&
        p.index >= 0 &&
        isInside(fn, p.fn) &&
        this.data.resolveFunction(factoryCall.expression) === p.fn
      ) {
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
      this.use(arg, this.current);
      const inner = this.eventsOf(arg);
      if (inner.length === 0) continue;
      let receiverValue: Value | undefined;
      if (i === 0 && method && (ELEMENT_CALLBACK_METHODS.has(method) || method === 'then') && ts.isPropertyAccessExpression(callee)) {
        receiverValue = safe(() => this.data.eval(callee.expression)) ?? EMPTY;
      }
      for (const e of inner) {
        const elementIndex = method === 'reduce' || method === 'reduceRight' ? 1 : 0;
        const data = this.data.substitute(
          e.data,
          arg,
          (idx) => (receiverValue && idx === elementIndex ? { value: receiverValue, unknown: true } : undefined),
          true,
        );
        // The callback's own flags name its parameters, not this function's: only the guards around this call hold here.
        out.push({ ...e, data, guards: this.guardsHere(call) });
      }
    }
  }
}

/** A function declared inside another function and called from within that one. */
function isClosureCalledInScope(fn: FunctionLike, call: ts.CallExpression): boolean {
  for (let n: ts.Node | undefined = fn.parent; n && !ts.isSourceFile(n); n = n.parent) {
    if (isFunctionLikeWithBody(n)) return isInside(call, n);
  }
  return false;
}

/** What a value owes to `fn`'s parameters only: what it carries or captures left out. */
function onlyParamsOf(v: Value, fn: ts.Node): Value {
  const fields = v.fields ? new Map([...v.fields].map(([k, f]) => [k, onlyParamsOf(f, fn)] as const)) : undefined;
  return { ...v, items: [], refs: v.refs.filter((r) => r.fn === fn), ...(fields ? { fields } : {}) };
}

function isInside(node: ts.Node, container: ts.Node): boolean {
  return node.pos >= container.pos && node.end <= container.end && node !== container;
}

/**
 * The call passes nothing that can carry data for parameter `index`: the argument is left out
 * (and the default, if any, is an empty value) or is a literal, `null`/`undefined`, `[]` or `{}`.
 */
function passesNothing(args: readonly ts.Expression[], fn: FunctionLike, index: number): boolean {
  const p = fn.parameters[index];
  if (!p || p.dotDotDotToken) return false;
  // `f(...rest)`: which argument lands where is not known.
  const spread = args.findIndex((a) => ts.isSpreadElement(skipOuterExpressions(a)));
  if (spread !== -1 && spread <= index) return false;
  const a = args[index];
  if (a) return isInert(a);
  return !p.initializer || isInert(p.initializer);
}

function isInert(expr: ts.Expression): boolean {
  const e = skipOuterExpressions(expr);
  switch (e.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.VoidExpression:
      return true;
    case ts.SyntaxKind.Identifier:
      return (e as ts.Identifier).text === 'undefined';
    case ts.SyntaxKind.ArrayLiteralExpression:
      return (e as ts.ArrayLiteralExpression).elements.length === 0;
    case ts.SyntaxKind.ObjectLiteralExpression:
      return (e as ts.ObjectLiteralExpression).properties.length === 0;
    default:
      return false;
  }
}

/** `v` without what it owes to the given parameters of `fn`. */
function dropRefs(v: Value, fn: ts.Node, indexes: ReadonlySet<number>): Value {
  const refs = v.refs.filter((r) => r.fn !== fn || !indexes.has(r.index));
  if (!v.fields) return refs.length === v.refs.length ? v : { ...v, refs };
  const fields = new Map<string, Value>();
  for (const [k, f] of v.fields) fields.set(k, dropRefs(f, fn, indexes));
  return { ...v, refs, fields };
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

/**
 * The calls and `new` expressions of a body in source order, nested functions and classes left
 * out (their own units): a body is walked once per round of learning and per focused round, and
 * the tree under it never changes (an edit in the editor makes new nodes), so it is read once.
 */
const callSites = new WeakMap<ts.Node, ReadonlyArray<ts.CallExpression | ts.NewExpression>>();
function callSitesOf(node: ts.Node): ReadonlyArray<ts.CallExpression | ts.NewExpression> {
  let sites = callSites.get(node);
  if (sites) return sites;
  const found: Array<ts.CallExpression | ts.NewExpression> = [];
  const visit = (n: ts.Node): void => {
    if (isFunctionLikeWithBody(n) || n.kind === CLASS_DECLARATION || n.kind === CLASS_EXPRESSION) return; // nested functions: their own units
    if (n.kind === CALL || n.kind === NEW) found.push(n as ts.CallExpression | ts.NewExpression);
    forEachChild(n, visit);
  };
  // A block or file: its statements; an arrow's expression body: the expression itself.
  if (ts.isBlock(node) || ts.isSourceFile(node)) ts.forEachChild(node, visit);
  else visit(node);
  callSites.set(node, (sites = found));
  return sites;
}
