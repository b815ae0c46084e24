import ts from 'typescript';
import {
  type FunctionLike,
  isFunctionLikeWithBody,
  propertyValue,
  returnedExpressions,
  returnedObjects,
  skipOuterExpressions,
  staticPropertyName,
} from '../ts-helpers';
import { calledFunction } from '../values/function-resolution';
import { enclosingClass, requiredModule, resolveIdentifier } from '../values/symbols';
import type { WriteIndex } from '../values/write-index';
import { clientAccessors } from './client-accessors';
import { originOfType, type TypeContext } from './client-types';
import { DiProviders } from './di-providers';
import { type Origin, type Step, TYPED_CALL, TYPED_NEW } from './origin';

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);

/** Global containers: what they hold is known from their type arguments. */
const CONTAINERS = new Set(['Map', 'Set', 'WeakMap', 'WeakRef', 'Array', 'Promise']);

/** Calls that make a client of a library rather than send with it: `axios.create({…})`, `nodemailer.createTransport({…})`. */
const CLIENT_MAKERS = new Set(['create', 'extend', 'init', 'createClient', 'createFetch', 'createTransport']);

export class OriginTracer {
  private readonly cache = new Map<ts.Node, Origin | null>();
  private readonly types: TypeContext;
  private readonly accessors = clientAccessors();
  private readonly di: DiProviders;
  private readonly files: () => readonly ts.SourceFile[];
  private trpc: boolean | undefined;

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly writesOf: (sf: ts.SourceFile) => WriteIndex,
    /** The program's files, where dependency-injection providers are looked up. */
    files: () => readonly ts.SourceFile[] = () => [],
  ) {
    this.di = new DiProviders(checker, files);
    this.files = files;
    this.types = {
      checker,
      traceValue: (id, depth) => this.traceExpr(id, depth + 1),
      traceCallOf: (id, depth) => this.traceCallOf(id, depth + 1),
    };
  }

  /**
   * The client an exported value stands for, for the callers of its file: a client itself
   * (`export const api = axios.create(…)`) or a function that returns one (`getStripe()`).
   */
  exportedClient(value: ts.Expression | ts.FunctionDeclaration): Origin | undefined {
    const fn = ts.isFunctionDeclaration(value) ? value : skipOuterExpressions(value);
    if (!isFunctionLikeWithBody(fn)) return this.trace(value as ts.Expression);
    // A function that returns a client, not one that returns what a client sent (`fetch(…)`).
    const o = this.traceReturns(fn, undefined, 0);
    const last = o?.steps[o.steps.length - 1];
    const before = o?.steps[o.steps.length - 2];
    const isClient =
      !last ||
      last.k === 'new' ||
      (last.k === 'call' && (before ? before.k === 'prop' && CLIENT_MAKERS.has(before.name) : o!.root.kind === 'module'));
    return o && isClient ? o : undefined;
  }

  /** NestJS: the options HttpModule gets in the module that provides the class `node` stands in. */
  nestHttpOptions(node: ts.Node): ts.Expression | undefined {
    return this.di.nestHttpOptions(node);
  }

  trace(expr: ts.Expression): Origin | undefined {
    return this.traceExpr(expr, 0) ?? undefined;
  }

  /** What calling the function an identifier names gives: `ReturnType<typeof twilio>`. */
  private traceCallOf(id: ts.Identifier, depth: number): Origin | null {
    const r = resolveIdentifier(this.checker, id);
    if (r.kind === 'decl') {
      let fn: ts.Node = r.decl;
      if (ts.isVariableDeclaration(fn) && fn.initializer) fn = skipOuterExpressions(fn.initializer);
      if (isFunctionLikeWithBody(fn)) return this.traceReturns(fn, undefined, depth);
    }
    const o = this.traceExpr(id, depth);
    return o ? { root: o.root, steps: [...o.steps, TYPED_CALL] } : null;
  }

  /** The initializer of the `const` an identifier names, if it is one of the codebase. */
  constInitializer(id: ts.Identifier): ts.Expression | undefined {
    const r = resolveIdentifier(this.checker, id);
    if (r.kind !== 'decl' || !ts.isVariableDeclaration(r.decl) || !(r.decl.parent.flags & ts.NodeFlags.Const)) return undefined;
    return r.decl.initializer;
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
    // `key ? new Resend(key) : null`, `cached ?? new PostHog(…)`, `(client ??= new Stripe(k))`
    if (ts.isConditionalExpression(e)) return this.traceExpr(e.whenTrue, depth + 1) ?? this.traceExpr(e.whenFalse, depth + 1);
    if (ts.isBinaryExpression(e)) return this.traceBinary(e, depth);
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
      const name = ts.isPropertyAccessExpression(e) ? e.name.text : staticPropertyName(e.argumentExpression);
      if (name === undefined) return null;
      const target = skipOuterExpressions(e.expression);
      if (target.kind === ts.SyntaxKind.ThisKeyword) return this.traceThisMember(e, name, depth);
      if (ts.isIdentifier(target) && GLOBAL_OBJECTS.has(target.text)) {
        const r = resolveIdentifier(this.checker, target);
        if (r.kind === 'global' || r.kind === 'none') return this.traceGlobalMember(e, name, depth);
      }
      const base = this.traceExpr(target, depth + 1);
      // `const g = globalThis as unknown as { prisma?: PrismaClient }; g.prisma`
      if (base && base.root.kind === 'global' && GLOBAL_OBJECTS.has(base.root.name) && base.steps.length === 0)
        return this.traceGlobalMember(e, name, depth);
      if (!base) {
        // `ctx.stripe` in a tRPC procedure: what the router's context factory put there.
        const fromContext = this.procedureContextMember(target, name, depth);
        if (fromContext) return fromContext;
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
      if (e.expression.kind === ts.SyntaxKind.ImportKeyword) {
        // `await import('resend')`: the module, as `require` gives it.
        const spec = e.arguments[0];
        return spec && ts.isStringLiteralLike(spec) ? { root: { kind: 'module', module: spec.text }, steps: [] } : null;
      }
      // React keeps what its callback made: `useMemo(() => new PostHog(), [])`.
      const memo = memoizedValue(e);
      if (memo) return this.traceReturns(memo, undefined, depth);
      const base = this.traceExpr(e.expression, depth + 1);
      if (base)
        return this.injected(base, e, depth) ?? { root: base.root, steps: [...base.steps, { k: 'call', node: e }], holder: base.holder };
      return this.traceThroughFactory(e, depth);
    }
    if (ts.isNewExpression(e)) {
      const base = this.traceExpr(e.expression, depth + 1);
      // `new Map<string, WebClient>()`: a container whose elements are clients.
      if (base && base.root.kind === 'global' && CONTAINERS.has(base.root.name)) {
        for (const t of e.typeArguments ?? []) {
          const o = this.typedOrigin(t, depth);
          if (o) return o;
        }
        return null;
      }
      return base ? { root: base.root, steps: [...base.steps, { k: 'new', node: e }], holder: base.holder } : null;
    }
    return null;
  }

  /**
   * A codebase function that makes or decorates a client (`withLogging(axios.create(...))`,
   * `function makeApi() { return axios.create(...) }`, a lazy `getStripe()`, a method
   * `this.client()`): what it returns is the client.
   */
  private traceThroughFactory(call: ts.CallExpression, depth: number): Origin | null {
    const fn = calledFunction(this.checker, call.expression) ?? this.calledMethod(call);
    if (fn) return this.traceReturns(fn, call, depth);
    // A declared signature without a body (`declare function loadMailer(): Promise<Mailer>`).
    const callee = skipOuterExpressions(call.expression);
    if (!ts.isIdentifier(callee)) return null;
    const r = resolveIdentifier(this.checker, callee);
    return r.kind === 'decl' && ts.isFunctionDeclaration(r.decl) && !r.decl.body ? this.typedOrigin(r.decl.type, depth) : null;
  }

  /**
   * `({ ctx }) => ctx.stripe…` handed to a procedure of a tRPC router (`t.procedure.mutation(…)`,
   * `protectedProcedure.query(…)`): the router's `initTRPC.context<…>()` names the context, and the
   * context factory it stands for returns an object whose property holds the client.
   */
  private procedureContextMember(target: ts.Expression, name: string, depth: number): Origin | null {
    // `({ ctx }) => ctx.stripe` or `(opts) => opts.ctx.stripe`: the handler's parameter.
    let param: ts.ParameterDeclaration | undefined;
    if (ts.isIdentifier(target)) {
      const r = resolveIdentifier(this.checker, target);
      if (r.kind !== 'decl' || !ts.isBindingElement(r.decl)) return null;
      const key = staticPropertyName(r.decl.propertyName ?? (ts.isIdentifier(r.decl.name) ? r.decl.name : undefined));
      const pattern = r.decl.parent;
      if (key !== 'ctx' || !ts.isObjectBindingPattern(pattern) || !ts.isParameter(pattern.parent)) return null;
      param = pattern.parent;
    } else if (ts.isPropertyAccessExpression(target) && target.name.text === 'ctx' && ts.isIdentifier(target.expression)) {
      const r = resolveIdentifier(this.checker, target.expression);
      if (r.kind !== 'decl' || !ts.isParameter(r.decl) || !ts.isIdentifier(r.decl.name)) return null;
      param = r.decl;
    } else return null;
    if (param.parent.parameters[0] !== param) return null;
    let fn: ts.Node = param.parent;
    while (ts.isParenthesizedExpression(fn.parent)) fn = fn.parent;
    const call = fn.parent;
    if (!ts.isCallExpression(call) || !call.arguments.some((a) => a === fn)) return null;
    const made = this.contextObject(contextTypeOf(call.expression, this.checker), 0);
    const init = made && propertyValue(made, name);
    return init ? this.traceExpr(init, depth + 1) : null;
  }

  /**
   * For a procedure builder (`publicProcedure = t.procedure`, `createTRPCRouter = t.router`): the
   * object its router's context factory returns, when `initTRPC.context<…>()` names one.
   */
  builderContext(init: ts.Expression): ts.ObjectLiteralExpression | undefined {
    this.trpc ??= this.files().some((sf) => !sf.isDeclarationFile && sf.text.includes('initTRPC'));
    if (!this.trpc) return undefined;
    const type = contextTypeOf(init, this.checker);
    return type ? this.contextObject(type, 0) : undefined;
  }

  /** The object literal a context type stands for: `typeof createContext`, `Awaited<ReturnType<…>>`, an alias of either. */
  private contextObject(type: ts.TypeNode | undefined, depth: number): ts.ObjectLiteralExpression | undefined {
    if (!type || depth > 6) return undefined;
    if (ts.isTypeQueryNode(type) && ts.isIdentifier(type.exprName)) {
      const r = resolveIdentifier(this.checker, type.exprName);
      let fn: ts.Node | undefined = r.kind === 'decl' ? r.decl : undefined;
      if (fn && ts.isVariableDeclaration(fn) && fn.initializer) fn = skipOuterExpressions(fn.initializer);
      return fn && isFunctionLikeWithBody(fn) ? returnedObjects(fn)[0] : undefined;
    }
    if (!ts.isTypeReferenceNode(type)) return undefined;
    const arg = type.typeArguments?.[0];
    if (arg && ts.isIdentifier(type.typeName) && CONTEXT_TYPE_WRAPPERS.has(type.typeName.text)) return this.contextObject(arg, depth + 1);
    if (!ts.isIdentifier(type.typeName)) return undefined;
    const r = resolveIdentifier(this.checker, type.typeName);
    return r.kind === 'decl' && ts.isTypeAliasDeclaration(r.decl) ? this.contextObject(r.decl.type, depth + 1) : undefined;
  }

  /** What a function returns, read from its return statements, else its declared return type. */
  private traceReturns(fn: FunctionLike, call: ts.CallExpression | undefined, depth: number): Origin | null {
    for (const ret of returnedExpressions(fn)) {
      const x = skipOuterExpressions(ret);
      if (ts.isIdentifier(x)) {
        const rr = resolveIdentifier(this.checker, x);
        if (rr.kind === 'decl' && ts.isParameter(rr.decl) && rr.decl.parent === fn) {
          const arg = call?.arguments[(fn as ts.SignatureDeclaration).parameters.indexOf(rr.decl)];
          const o = arg ? this.traceExpr(arg, depth + 1) : this.traceDeclaration(rr.decl, depth + 1, rr.symbol);
          if (o) return o;
          continue;
        }
      }
      const o = this.traceExpr(ret, depth + 1);
      if (o) return o;
    }
    return this.typedOrigin(fn.type, depth);
  }

  /**
   * `a ?? b`, `a || b`: a client on either side (a `globalThis` cache on the left holds what the
   * right makes); `a && b`: the right; assignments (`stripe ??= new Stripe(k)`): what is assigned.
   */
  private traceBinary(e: ts.BinaryExpression, depth: number): Origin | null {
    const op = e.operatorToken.kind;
    switch (op) {
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionEqualsToken:
      case ts.SyntaxKind.BarBarEqualsToken: {
        const left = this.traceExpr(e.left, depth + 1);
        if (left && !(left.root.kind === 'global' && left.steps.length === 0)) return left;
        return this.traceExpr(e.right, depth + 1) ?? left;
      }
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.CommaToken:
      case ts.SyntaxKind.EqualsToken:
      case ts.SyntaxKind.AmpersandAmpersandEqualsToken:
        return this.traceExpr(e.right, depth + 1);
      default:
        return null;
    }
  }

  /**
   * `inject(HttpClient)`: an instance of the class an injector is given; `useContext(Ctx)`: the
   * client the context holds (`createContext<PostHog | null>(null)`).
   */
  private injected(base: Origin, call: ts.CallExpression, depth: number): Origin | null {
    if (base.root.kind !== 'module' || base.steps.length !== 1) return null;
    const s = base.steps[0]!;
    if (s.k !== 'prop') return null;
    if (this.accessors.contextReaders.get(base.root.module)?.has(s.name)) return this.contextValue(call.arguments[0], depth);
    if (!this.accessors.injectors.get(base.root.module)?.has(s.name)) return null;
    const token = call.arguments[0];
    const cls = token ? this.traceExpr(token, depth + 1) : null;
    return cls ? { root: cls.root, steps: [...cls.steps, TYPED_NEW] } : null;
  }

  private contextValue(ctx: ts.Expression | undefined, depth: number): Origin | null {
    const id = ctx && skipOuterExpressions(ctx);
    if (!id || !ts.isIdentifier(id)) return null;
    const r = resolveIdentifier(this.checker, id);
    if (r.kind !== 'decl' || !ts.isVariableDeclaration(r.decl) || !r.decl.initializer) return null;
    const made = skipOuterExpressions(r.decl.initializer);
    if (!ts.isCallExpression(made)) return null;
    for (const t of made.typeArguments ?? []) {
      const o = this.typedOrigin(t, depth);
      if (o) return o;
    }
    return made.arguments[0] ? this.traceExpr(made.arguments[0], depth + 1) : null;
  }

  /**
   * `globalThis.posthog`, `g.prisma` with `const g = globalThis as …`: what the file caches
   * there (`globalThis.posthog ??= new PostHog(…)`), else what its declaration says (`declare
   * global { var prisma: PrismaClient | undefined }`), else the global itself (`window.analytics`).
   */
  private traceGlobalMember(e: ts.PropertyAccessExpression | ts.ElementAccessExpression, name: string, depth: number): Origin | null {
    for (const w of globalCacheWrites(e.getSourceFile()).get(name) ?? []) {
      if (w === e || isInside(e, w)) continue;
      const o = this.traceExpr(w, depth + 1);
      if (o) return o;
    }
    const declared = this.traceMemberDeclaration(e, depth);
    return declared ?? { root: { kind: 'global', name }, steps: [] };
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
        const o = this.traceDeclaration(r.decl, depth, r.symbol);
        return o ? { ...o, holder: r.symbol } : null;
      }
    }
  }

  private traceDeclaration(decl: ts.Declaration, depth: number, symbol?: ts.Symbol): Origin | null {
    if (ts.isVariableDeclaration(decl)) {
      const init = decl.initializer ? this.traceExpr(decl.initializer, depth + 1) : null;
      if (init) return init;
      // A lazy singleton: `let stripe; … if (!stripe) stripe = new Stripe(key)`. What is written
      // tells the client's configuration (`let cached: Transporter | undefined`), which its
      // declared type cannot; the type stands when nothing writes a known client.
      const written = symbol && !(decl.parent.flags & ts.NodeFlags.Const) ? this.traceWrites(symbol, decl, depth) : null;
      return written ?? this.typedOrigin(decl.type, depth);
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
      // const [client] = useState(() => new QueryClient()): the state's first value
      if (ts.isArrayBindingPattern(pattern) && pattern.elements[0] === decl && ts.isVariableDeclaration(holder) && holder.initializer) {
        const init = skipOuterExpressions(holder.initializer);
        const first = ts.isCallExpression(init) && isHookCall(init, 'useState') ? init.arguments[0] : undefined;
        if (first) {
          const x = skipOuterExpressions(first);
          return isFunctionLikeWithBody(x) ? this.traceReturns(x, undefined, depth + 1) : this.traceExpr(x, depth + 1);
        }
      }
      // function notify({ client, user }: { client: WebClient; user: User }), React props alike
      if (key && ts.isObjectBindingPattern(pattern) && ts.isParameter(holder) && holder.type) {
        const member = this.memberType(holder.type, key);
        const o = member ? this.typedOrigin(member, depth + 1) : null;
        if (o || key !== 'fetch') return o;
      }
      // A framework hands its handlers a fetch of its own (SvelteKit's `load({ fetch })` and form
      // actions typed `RequestEvent` from a package never loaded, Astro, Qwik): it is fetch.
      if (key === 'fetch' && ts.isObjectBindingPattern(pattern) && ts.isParameter(holder))
        return { root: { kind: 'global', name: 'fetch' }, steps: [] };
      return null;
    }
    if (ts.isParameter(decl)) {
      return (
        this.typedOrigin(decl.type, depth) ??
        (decl.initializer ? this.traceExpr(decl.initializer, depth + 1) : null) ??
        this.scopeParameter(decl, depth) ??
        this.injectedByToken(decl, depth) ??
        this.shadowedInstance(decl, depth)
      );
    }
    if (ts.isGetAccessor(decl) && decl.body) return this.traceReturns(decl, undefined, depth + 1);
    if (ts.isPropertySignature(decl)) return this.typedOrigin(decl.type, depth);
    if (ts.isPropertyDeclaration(decl)) {
      // `private sms: Twilio | null = null`, set later by `this.sms = twilio(…)` or never.
      const init = decl.initializer ? this.traceExpr(decl.initializer, depth + 1) : null;
      if (init) return init;
      const cls = enclosingClass(decl);
      const name = staticPropertyName(decl.name);
      return (cls && name ? this.traceClassFieldWrites(cls, name, depth) : null) ?? this.typedOrigin(decl.type, depth);
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
    if (p.type || !ts.isIdentifier(p.name) || fn.parameters[0] !== p || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)))
      return null;
    let n: ts.Node = fn;
    while (ts.isPropertyAssignment(n.parent) || ts.isObjectLiteralExpression(n.parent) || ts.isParenthesizedExpression(n.parent))
      n = n.parent;
    const call = n.parent;
    if (!ts.isCallExpression(call) || !call.arguments.includes(n as ts.Expression)) return null;
    let root = skipOuterExpressions(call.expression);
    while (ts.isPropertyAccessExpression(root)) root = skipOuterExpressions(root.expression);
    return ts.isIdentifier(root) && root.text === p.name.text && root.pos < fn.pos ? this.traceExpr(root, depth + 1) : null;
  }

  /** `const api = makeApi(); api.http`: the `http` of the object `makeApi` returns. */
  private traceFactoryMember(init: ts.Expression, name: string, depth: number): Origin | null {
    const fn = ts.isCallExpression(init) ? calledFunction(this.checker, init.expression) : undefined;
    if (!fn) return null;
    for (const ret of returnedExpressions(fn)) {
      const obj = skipOuterExpressions(ret);
      const value = ts.isObjectLiteralExpression(obj) ? propertyValue(obj, name) : undefined;
      if (value) return this.traceExpr(value, depth + 1);
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
    if (ts.isParameter(decl) && ts.isConstructorDeclaration(decl.parent)) return this.traceDeclaration(decl, depth + 1);
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

  private typedOrigin(type: ts.TypeNode | undefined, depth: number): Origin | null {
    return type ? originOfType(type, this.types, depth) : null;
  }

  /** The declared type of member `key` of an object type: a literal, or an interface or alias of the codebase. */
  private memberType(type: ts.TypeNode, key: string): ts.TypeNode | undefined {
    let members: ts.NodeArray<ts.TypeElement> | undefined;
    if (ts.isTypeLiteralNode(type)) members = type.members;
    else if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName)) {
      let sym: ts.Symbol | undefined;
      try {
        sym = this.checker.getSymbolAtLocation(type.typeName);
        if (sym && sym.flags & ts.SymbolFlags.Alias) sym = this.checker.getAliasedSymbol(sym);
      } catch {
        sym = undefined;
      }
      const d = sym?.declarations?.[0];
      if (d && !d.getSourceFile().isDeclarationFile) {
        if (ts.isInterfaceDeclaration(d)) members = d.members;
        else if (ts.isTypeAliasDeclaration(d) && ts.isTypeLiteralNode(d.type)) members = d.type.members;
      }
    }
    for (const m of members ?? []) if (ts.isPropertySignature(m) && staticPropertyName(m.name) === key) return m.type;
    return undefined;
  }

  /** Later assignments of a `let`/`var` (in its own file): `client = twilio(sid, token)`. */
  private traceWrites(symbol: ts.Symbol, decl: ts.VariableDeclaration, depth: number): Origin | null {
    for (const w of this.writesOf(decl.getSourceFile()).writesTo(symbol) ?? []) {
      if (w.kind !== 'assign') continue;
      const o = this.traceExpr(w.value, depth + 1);
      if (o) return o;
    }
    return null;
  }

  /**
   * `@Inject(STRIPE_CLIENT) private readonly stripe: …`: what the provider of that token makes
   * (`{ provide: STRIPE_CLIENT, useFactory: () => new Stripe(…) }`, `useValue: client`).
   */
  private injectedByToken(param: ts.ParameterDeclaration, depth: number): Origin | null {
    const decorators = ts.canHaveDecorators(param) ? (ts.getDecorators(param) ?? []) : [];
    for (const d of decorators) {
      const call = d.expression;
      if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'Inject' || !call.arguments[0])
        continue;
      for (const made of this.di.providersOf(call.arguments[0])) {
        const fn = skipOuterExpressions(made);
        const o = isFunctionLikeWithBody(fn) ? this.traceReturns(fn, undefined, depth + 1) : this.traceExpr(made, depth + 1);
        if (o) return o;
      }
    }
    return null;
  }

  /** `Sentry.withScope((scope) => …)`: the callback's first parameter is a scope of the same client. */
  private scopeParameter(param: ts.ParameterDeclaration, depth: number): Origin | null {
    const fn = param.parent;
    if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || fn.parameters[0] !== param) return null;
    const call = fn.parent;
    if (!ts.isCallExpression(call) || !call.arguments.includes(fn)) return null;
    const callee = skipOuterExpressions(call.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    if (!name || !this.accessors.scopeCallbacks.has(name)) return null;
    const base = this.traceExpr(callee, depth + 1);
    return base ? { root: base.root, steps: [...base.steps, { k: 'call', node: call }] } : null;
  }

  /**
   * The codebase method a call names through a receiver whose type is declared (`this.client()`,
   * `this.billing.stripeClient()`, `Clients.stripe()`, `clients.getStripe()` of a namespace import).
   */
  private calledMethod(call: ts.CallExpression): FunctionLike | undefined {
    const callee = skipOuterExpressions(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    if (!hasDeclaredReceiver(callee.expression, this.checker)) return undefined;
    let sym: ts.Symbol | undefined;
    try {
      sym = this.checker.getSymbolAtLocation(callee.name);
    } catch {
      sym = undefined;
    }
    if (sym && sym.flags & ts.SymbolFlags.Alias && ts.isIdentifier(callee.name)) {
      const r = resolveIdentifier(this.checker, callee.name);
      sym = r.kind === 'decl' ? r.symbol : undefined;
    }
    let decl: ts.Node | undefined = sym?.valueDeclaration;
    if (!decl || decl.getSourceFile().isDeclarationFile) return undefined;
    if ((ts.isVariableDeclaration(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertyAssignment(decl)) && decl.initializer)
      decl = skipOuterExpressions(decl.initializer);
    return isFunctionLikeWithBody(decl) ? decl : undefined;
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

/** Types that stand for what a function returns: the context factory's object inside. */
const CONTEXT_TYPE_WRAPPERS = new Set(['Awaited', 'ReturnType', 'inferAsyncReturnType', 'Promise']);

/**
 * The `initTRPC.context<C>()` a procedure's builder chain starts from (`t.procedure.input(…)`,
 * `protectedProcedure = t.procedure.use(…)`, `t = initTRPC.context<C>().create()`): C.
 */
function contextTypeOf(builder: ts.Expression, checker: ts.TypeChecker): ts.TypeNode | undefined {
  let x: ts.Expression = builder;
  for (let steps = 0; steps < 24; steps++) {
    x = skipOuterExpressions(x);
    if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) x = x.expression;
    else if (ts.isCallExpression(x)) {
      const callee = skipOuterExpressions(x.expression);
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'context' && x.typeArguments?.[0]) return x.typeArguments[0];
      x = x.expression;
    } else if (ts.isIdentifier(x)) {
      const r = resolveIdentifier(checker, x);
      if (r.kind !== 'decl' || !ts.isVariableDeclaration(r.decl) || !r.decl.initializer) return undefined;
      x = r.decl.initializer;
    } else return undefined;
  }
  return undefined;
}

/** `useMemo(fn, deps)` (or `React.useMemo`): the function whose result React keeps; else undefined. */
function memoizedValue(call: ts.CallExpression): FunctionLike | undefined {
  if (!isHookCall(call, 'useMemo')) return undefined;
  const first = call.arguments[0] && skipOuterExpressions(call.arguments[0]);
  return first && isFunctionLikeWithBody(first) ? first : undefined;
}

function isHookCall(call: ts.CallExpression, hook: string): boolean {
  const callee = skipOuterExpressions(call.expression);
  if (ts.isIdentifier(callee)) return callee.text === hook;
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === hook &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'React'
  );
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
  const cheap =
    ts.isObjectLiteralExpression(init) ||
    ts.isNewExpression(init) ||
    ts.isIdentifier(init) ||
    ts.isFunctionLike(init) ||
    ts.isClassExpression(init);
  return cheap ? undefined : init;
}

function isPlainObjectRoot(target: ts.Expression, checker: ts.TypeChecker): boolean {
  let x = skipOuterExpressions(target);
  while (ts.isPropertyAccessExpression(x)) x = skipOuterExpressions(x.expression);
  if (!ts.isIdentifier(x)) return false;
  const r = resolveIdentifier(checker, x);
  if (r.kind !== 'decl') return false;
  const d = r.decl;
  return (
    (ts.isVariableDeclaration(d) && !!d.initializer && ts.isObjectLiteralExpression(skipOuterExpressions(d.initializer))) ||
    ts.isPropertyAssignment(d)
  );
}

function isInside(node: ts.Node, outer: ts.Node): boolean {
  return node.pos >= outer.pos && node.end <= outer.end;
}

/** A receiver whose type the checker reads from declarations, not by inference over calls. */
function hasDeclaredReceiver(target: ts.Expression, checker: ts.TypeChecker): boolean {
  const x = skipOuterExpressions(target);
  if (x.kind === ts.SyntaxKind.ThisKeyword) return true;
  if (ts.isPropertyAccessExpression(x)) return skipOuterExpressions(x.expression).kind === ts.SyntaxKind.ThisKeyword;
  if (!ts.isIdentifier(x)) return false;
  const r = resolveIdentifier(checker, x);
  if (r.kind !== 'decl') return false;
  const d = r.decl;
  if (ts.isClassDeclaration(d) || ts.isSourceFile(d) || ts.isModuleDeclaration(d)) return true;
  if (ts.isParameter(d) || ts.isVariableDeclaration(d)) {
    if (d.type) return true;
    const init = d.initializer && skipOuterExpressions(d.initializer);
    return !!init && (ts.isObjectLiteralExpression(init) || ts.isNewExpression(init));
  }
  return false;
}

const globalWritesBySource = new WeakMap<ts.SourceFile, Map<string, ts.Expression[]>>();

/**
 * What a file stores on the global object: `globalThis.posthog ??= new PostHog(…)`,
 * `globalForPrisma.prisma = prisma` where `const globalForPrisma = globalThis as …`.
 */
function globalCacheWrites(sf: ts.SourceFile): Map<string, ts.Expression[]> {
  let m = globalWritesBySource.get(sf);
  if (m) return m;
  m = new Map();
  globalWritesBySource.set(sf, m);
  if (!/\b(?:globalThis|global|window|self)\b/.test(sf.text)) return m;
  const holders = new Set(GLOBAL_OBJECTS);
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
      const init = skipOuterExpressions(n.initializer);
      if (ts.isIdentifier(init) && GLOBAL_OBJECTS.has(init.text)) holders.add(n.name.text);
    }
    if (ts.isBinaryExpression(n) && isAssignment(n.operatorToken.kind)) {
      const left = skipOuterExpressions(n.left);
      if (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) {
        const target = skipOuterExpressions(left.expression);
        const key = ts.isPropertyAccessExpression(left) ? left.name.text : staticPropertyName(left.argumentExpression);
        if (key && ts.isIdentifier(target) && holders.has(target.text)) {
          const list = m!.get(key) ?? [];
          list.push(n.right);
          m!.set(key, list);
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return m;
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.EqualsToken || kind === ts.SyntaxKind.QuestionQuestionEqualsToken || kind === ts.SyntaxKind.BarBarEqualsToken
  );
}
