import ts from 'typescript';
import { skipOuterExpressions } from '../ts-helpers';
import type { DataEvaluator } from '../values/data-evaluator';
import { concatStr, joinUrl, type StringEvaluator, type StrVal, UNKNOWN_STR } from '../values/string-evaluator';
import { collapse, EMPTY, union, type Value, withoutFields } from '../values/values';
import type { WriteIndex } from '../values/write-index';
import { instancePath, type OriginTracer } from './call-origin';
import { clientAccessors } from './client-accessors';
import { ConfiguredClients } from './configured-clients';
import { HTTP_CLIENT_MODULES, HttpClientLibs } from './http-client-libs';
import type { Origin, Step } from './origin';
import type { SdkCatalog, SdkEntry } from './sdk-catalog';
import type { Sink } from './sink';

const FETCH_MODULES = new Set(['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'make-fetch-happen']);
const LIB_MODULES = new Set(HTTP_CLIENT_MODULES);
const AXIOS_BODY_METHODS = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const AXIOS_NOBODY_METHODS = new Set(['get', 'delete', 'head', 'options']);
const GOT_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);
const SUPERAGENT_VERBS = new Set(['get', 'post', 'put', 'patch', 'del', 'delete', 'head']);
const SUPERAGENT_DATA = new Set(['send', 'query', 'field', 'set', 'attach']);
const SUPERAGENT_CONFIG = new Set([
  'type',
  'accept',
  'timeout',
  'retry',
  'withCredentials',
  'redirects',
  'ok',
  'responseType',
  'buffer',
  'use',
  'on',
  'disableTLSCerts',
  'ca',
  'cert',
  'key',
  'agent',
  'auth',
  'unset',
  'serialize',
  'parse',
  'http2',
  'trustLocalhost',
  'connect',
  'sortQuery',
  'maxResponseSize',
]);
const HTTP_MODULES = new Set(['http', 'https', 'node:http', 'node:https']);

export class SinkClassifier {
  private readonly configured: ConfiguredClients;
  private readonly libs: HttpClientLibs;
  private readonly hooks = clientAccessors().hooks;

  constructor(
    private readonly tracer: OriginTracer,
    private readonly data: DataEvaluator,
    private readonly strings: StringEvaluator,
    private readonly catalog: SdkCatalog,
    private readonly writesOf: (sf: ts.SourceFile) => WriteIndex,
  ) {
    this.configured = new ConfiguredClients(tracer, data, strings);
    this.libs = new HttpClientLibs(data, strings);
  }

  classify(call: ts.CallExpression): Sink | undefined {
    const callee = skipOuterExpressions(call.expression);
    if (callee.kind === ts.SyntaxKind.ImportKeyword || callee.kind === ts.SyntaxKind.SuperKeyword) return undefined;
    const origin = this.tracer.trace(callee);
    if (!origin) return undefined;
    const steps: Step[] = [...origin.steps, { k: 'call', node: call }];
    const root = origin.root;
    if (root.kind === 'global') return this.global(root.name, steps, call, origin);
    return this.module(root.module, steps, call);
  }

  private global(name: string, steps: Step[], call: ts.CallExpression, origin: Origin): Sink | undefined {
    if (name === 'fetch' && steps.length === 1) return this.fetch(call, 'fetch');
    if (name === 'navigator' && propsAre(steps, ['sendBeacon'])) {
      const [url, body] = call.arguments;
      return this.sink('beacon', 'navigator.sendBeacon', call, [body, url], url);
    }
    if (name === 'XMLHttpRequest' && isInstanceCall(steps, 'send')) return this.xhr(call, origin);
    if (name === 'WebSocket' && isInstanceCall(steps, 'send')) {
      const ctor = steps.find((s): s is Extract<Step, { k: 'new' }> => s.k === 'new')?.node;
      return this.sink('websocket', 'WebSocket.send', call, [call.arguments[0]], ctor?.arguments?.[0]);
    }
    // Nuxt's auto-imported ofetch: `$fetch(url, { method, body })`, `useFetch(url, { body })`.
    if (AUTO_IMPORTED_FETCH.has(name)) return this.libs.classify('ofetch', [{ k: 'prop', name: '$fetch' }, ...steps], call);
    const sdk = this.catalog.byGlobalName(name);
    if (sdk) return this.sdkCall(sdk, steps, call, undefined, name);
    return undefined;
  }

  private module(module: string, steps: Step[], call: ts.CallExpression): Sink | undefined {
    if (FETCH_MODULES.has(module)) {
      const first = steps[0];
      if (steps.length === 1 || (steps.length === 2 && first?.k === 'prop' && (first.name === 'fetch' || first.name === 'default')))
        return this.fetch(call, 'fetch');
      return undefined;
    }
    if (LIB_MODULES.has(module)) return this.libs.classify(module, steps, call);
    // redaxios has axios's API; NestJS's HttpService wraps an axios instance (`.axiosRef`).
    if (module === 'axios' || module === 'redaxios') return this.axios(steps, call);
    if (module === '@nestjs/axios') {
      const [cls, made, ref] = steps;
      if (cls?.k !== 'prop' || cls.name !== 'HttpService' || made?.k !== 'new') return undefined;
      const rest = ref?.k === 'prop' && ref.name === 'axiosRef' ? steps.slice(3) : steps.slice(2);
      // The options of HttpModule.register({ baseURL }) in the module that provides this class.
      const sink = this.axios(rest, call, this.tracer.nestHttpOptions(call));
      return sink ? { ...sink, label: sink.label.replace(/^axios/, 'HttpService') } : undefined;
    }
    if (module === 'got' || module === 'ky') return this.gotLike(module, steps, call);
    if (module === 'superagent') return this.superagent(steps, call);
    if (HTTP_MODULES.has(module)) return this.http(module.replace('node:', ''), steps, call);
    if (module === 'ws' && isInstanceCall(steps, 'send')) {
      const ctor = steps.find((s): s is Extract<Step, { k: 'new' }> => s.k === 'new')?.node;
      return this.sink('websocket', 'WebSocket.send', call, [call.arguments[0]], ctor?.arguments?.[0]);
    }
    if (module === 'socket.io-client') {
      const path = instancePath(steps.slice(0, -1));
      const connect = steps.find((s): s is Extract<Step, { k: 'call' }> => s.k === 'call' && s !== steps[steps.length - 1]);
      if (connect && path.length === 1 && (path[0] === 'emit' || path[0] === 'send')) {
        return this.sink(
          'socket.io',
          `socket.${path[0]}`,
          call,
          call.arguments.slice(path[0] === 'emit' ? 1 : 0),
          connect.node?.arguments[0],
        );
      }
      return undefined;
    }
    const configured = this.configured.classify(module, steps, call);
    if (configured) return configured;
    const sdk = this.catalog.byModule(module);
    if (sdk) return this.sdkCall(sdk, steps, call, module, undefined);
    // A wrapper package's hook that returns an SDK's client: `useMixpanel().track(…)`.
    const first = steps[0];
    const hookSdk = first?.k === 'prop' && steps[1]?.k === 'call' ? this.hooks.get(module)?.get(first.name) : undefined;
    const hooked = hookSdk ? this.catalog.entries.find((e) => e.id === hookSdk) : undefined;
    if (hooked) return this.sdkCall(hooked, steps, call, module, undefined);
    return undefined;
  }

  // ---- the clients ---------------------------------------------------------------------------

  private sink(
    kind: Sink['kind'],
    label: string,
    call: ts.CallExpression,
    dataExprs: Array<ts.Expression | undefined>,
    url: ts.Expression | StrVal | undefined,
    extra: Value = EMPTY,
  ): Sink {
    const parts: Value[] = [extra];
    for (const d of dataExprs) if (d) parts.push(this.data.eval(d));
    let endpoint: StrVal;
    if (!url) endpoint = UNKNOWN_STR('url');
    else if ('parts' in url) endpoint = url;
    else {
      endpoint = this.strings.eval(url);
      parts.push(collapse(this.data.eval(url)));
    }
    return { kind, label, call, data: union(...parts), endpoint };
  }

  private fetch(call: ts.CallExpression, label: string): Sink {
    const [input, init] = call.arguments;
    return this.sink('fetch', label, call, [], input, init ? this.pick(init, ['body', 'headers', 'query', 'params']) : EMPTY);
  }

  /** Only the parts of an options object that travel: `{ method, body }` → body. */
  private pick(options: ts.Expression, keys: string[]): Value {
    const v = this.data.eval(options);
    if (!v.fields) return v;
    return union(...keys.map((k) => v.fields!.get(k) ?? EMPTY), withoutFields(v));
  }

  private axios(steps: Step[], call: ts.CallExpression, instanceConfig?: ts.Expression): Sink | undefined {
    // axios(...), axios.post(...), axios.create({...}).post(...), instance(...)
    let base: StrVal | undefined;
    let baseHeaders: Value = EMPTY;
    if (instanceConfig) {
      const b = this.strings.evalPath(instanceConfig, ['baseURL']);
      if (b.parts[0]?.kind !== 'unknown') base = b;
      baseHeaders = this.pick(instanceConfig, ['headers', 'params']);
    }
    let i = 0;
    const s0 = steps[0];
    if (s0?.k === 'prop' && s0.name === 'default') i = 1;
    const create = steps[i];
    if (create?.k === 'prop' && create.name === 'create' && steps[i + 1]?.k === 'call') {
      const createCall = steps[i + 1] as Extract<Step, { k: 'call' }>;
      const config = createCall.node?.arguments[0];
      if (config) {
        base = this.strings.evalPath(config, ['baseURL']);
        baseHeaders = this.pick(config, ['headers', 'params']);
      } else base = undefined;
      i += 2;
      // instance.defaults.baseURL = … is rare; an instance without one has relative URLs.
      if (createCall.node === undefined) base = UNKNOWN_STR('axios instance');
    }
    const rest = steps.slice(i);
    // A baseURL in the request's own config wins over the instance's, as in axios.
    const withBase = (url: ts.Expression | undefined, config?: ts.Expression): StrVal => {
      const u = url ? this.strings.eval(url) : { parts: [] };
      const b = this.requestBaseURL(config) ?? base;
      return b ? joinUrl(b, u) : url ? u : UNKNOWN_STR('url');
    };
    const urlData = (url: ts.Expression | undefined) => (url ? collapse(this.data.eval(url)) : EMPTY);
    const args = call.arguments;
    if (rest.length === 1 && rest[0]!.k === 'call') {
      // axios(config) or axios(url, config)
      const first = args[0];
      if (first && this.isConfigObject(first)) {
        const url = this.strings.evalPath(first, ['url']);
        const cfgBase = this.strings.evalPath(first, ['baseURL']);
        const endpoint = cfgBase.parts[0]?.kind !== 'unknown' ? joinUrl(cfgBase, url) : base ? joinUrl(base, url) : url;
        return {
          kind: 'axios',
          label: 'axios',
          call,
          data: union(this.pick(first, ['data', 'params', 'headers', 'url']), baseHeaders),
          endpoint,
        };
      }
      return {
        kind: 'axios',
        label: 'axios',
        call,
        data: union(urlData(first), args[1] ? this.pick(args[1], ['data', 'params', 'headers']) : EMPTY, baseHeaders),
        endpoint: withBase(first, args[1]),
      };
    }
    if (rest.length === 2 && rest[0]?.k === 'prop' && rest[1]?.k === 'call') {
      const m = rest[0].name;
      const [url, a1, a2] = args;
      if (AXIOS_BODY_METHODS.has(m)) {
        return {
          kind: 'axios',
          label: `axios.${m}`,
          call,
          data: union(
            urlData(url),
            a1 ? this.data.eval(a1) : EMPTY,
            a2 ? this.pick(a2, ['params', 'headers', 'data']) : EMPTY,
            baseHeaders,
          ),
          endpoint: withBase(url, a2),
        };
      }
      if (AXIOS_NOBODY_METHODS.has(m)) {
        return {
          kind: 'axios',
          label: `axios.${m}`,
          call,
          data: union(urlData(url), a1 ? this.pick(a1, ['params', 'headers', 'data']) : EMPTY, baseHeaders),
          endpoint: withBase(url, a1),
        };
      }
      if (m === 'request' && url) {
        const reqUrl = this.strings.evalPath(url, ['url']);
        const reqBase = this.requestBaseURL(url) ?? base;
        return {
          kind: 'axios',
          label: 'axios.request',
          call,
          data: union(this.pick(url, ['data', 'params', 'headers']), baseHeaders),
          endpoint: reqBase ? joinUrl(reqBase, reqUrl) : reqUrl,
        };
      }
    }
    return undefined;
  }

  /** `axios.post('sms', data, { baseURL: 'https://gateway.example.com/api/' })`: a base the config names. */
  private requestBaseURL(config: ts.Expression | undefined): StrVal | undefined {
    if (!config || !this.isConfigObject(config)) return undefined;
    const b = this.strings.evalPath(config, ['baseURL']);
    const first = b.parts[0];
    return first && (first.kind === 'lit' || first.kind === 'env') ? b : undefined;
  }

  /** `axios(config)` where `config` is an object literal, written inline or held by a variable. */
  private isConfigObject(e: ts.Expression): boolean {
    if (ts.isObjectLiteralExpression(skipOuterExpressions(e))) return true;
    const init = this.data.initializerOf(e);
    return init !== undefined && ts.isObjectLiteralExpression(skipOuterExpressions(init));
  }

  private gotLike(module: 'got' | 'ky', steps: Step[], call: ts.CallExpression): Sink | undefined {
    let base: StrVal | undefined;
    let i = 0;
    // ky.create({ prefixUrl }).extend({ headers }) …: each instance call may set the prefix.
    for (;;) {
      const ext = steps[i];
      if (!(ext?.k === 'prop' && (ext.name === 'extend' || ext.name === 'create') && steps[i + 1]?.k === 'call' && i + 2 < steps.length))
        break;
      const node = (steps[i + 1] as Extract<Step, { k: 'call' }>).node;
      // A typed instance (`api: KyInstance`) has no options to read.
      if (!node) base = UNKNOWN_STR(`${module} instance`);
      const cfg = node?.arguments[0];
      const prefix = cfg ? this.strings.evalPath(cfg, ['prefixUrl']) : undefined;
      if (prefix && prefix.parts[0]?.kind !== 'unknown') base = prefix;
      i += 2;
    }
    const rest = steps.slice(i);
    let method: string | undefined;
    if (rest.length === 1 && rest[0]!.k === 'call') method = undefined;
    else if (rest.length === 2 && rest[0]?.k === 'prop' && GOT_METHODS.has(rest[0].name) && rest[1]?.k === 'call') method = rest[0].name;
    else return undefined;
    const [url, options] = call.arguments;
    const keys = ['json', 'body', 'form', 'searchParams', 'headers'];
    const data = union(url ? collapse(this.data.eval(url)) : EMPTY, options ? this.pick(options, keys) : EMPTY);
    const u = url ? this.strings.eval(url) : UNKNOWN_STR('url');
    return { kind: module, label: method ? `${module}.${method}` : module, call, data, endpoint: base ? joinUrl(base, u) : u };
  }

  private superagent(steps: Step[], call: ts.CallExpression): Sink | undefined {
    // Report once per chain, at its outermost builder call.
    const parent = call.parent;
    if (
      parent &&
      ts.isPropertyAccessExpression(parent) &&
      (SUPERAGENT_DATA.has(parent.name.text) || SUPERAGENT_CONFIG.has(parent.name.text)) &&
      parent.parent &&
      ts.isCallExpression(parent.parent)
    )
      return undefined;
    const verb = steps[0];
    if (verb?.k !== 'prop' || !SUPERAGENT_VERBS.has(verb.name)) return undefined;
    const verbCall = steps[1];
    if (verbCall?.k !== 'call') return undefined;
    const parts: Value[] = [];
    for (let i = 2; i < steps.length; i++) {
      const s = steps[i]!;
      const next = steps[i + 1];
      if (s.k === 'prop' && next?.k === 'call') {
        if (SUPERAGENT_DATA.has(s.name)) for (const a of next.node?.arguments ?? []) parts.push(this.data.eval(a));
        else if (!SUPERAGENT_CONFIG.has(s.name)) return undefined;
        i++;
      } else return undefined;
    }
    const url = verbCall.node?.arguments[0];
    return {
      kind: 'superagent',
      label: `superagent.${verb.name}`,
      call,
      data: union(...parts, url ? collapse(this.data.eval(url)) : EMPTY),
      endpoint: url ? this.strings.eval(url) : UNKNOWN_STR('url'),
    };
  }

  private http(module: string, steps: Step[], call: ts.CallExpression): Sink | undefined {
    const verb = steps[0];
    if (verb?.k !== 'prop' || (verb.name !== 'request' && verb.name !== 'get')) return undefined;
    const reqCall = steps[1];
    if (reqCall?.k !== 'call' || !reqCall.node) return undefined;
    const [a0, a1] = reqCall.node.arguments;
    let endpoint: StrVal = UNKNOWN_STR('url');
    let urlData: Value = EMPTY;
    const optionsOf = (o: ts.Expression) => {
      const host = this.strings.evalPath(o, ['hostname']);
      const h = host.parts[0]?.kind === 'unknown' ? this.strings.evalPath(o, ['host']) : host;
      const path = this.strings.evalPath(o, ['path']);
      const proto = module === 'https' ? 'https://' : 'http://';
      return concatStr(
        { parts: [{ kind: 'lit', text: proto }] },
        h,
        path.parts[0]?.kind === 'unknown' ? { parts: [{ kind: 'lit', text: '/' }] } : path,
      );
    };
    if (a0) {
      const s = skipOuterExpressions(a0);
      if (
        ts.isObjectLiteralExpression(s) ||
        (!ts.isStringLiteralLike(s) && !ts.isTemplateExpression(s) && this.strings.eval(a0).parts[0]?.kind === 'unknown')
      ) {
        endpoint = optionsOf(a0);
        urlData = this.pick(a0, ['path', 'headers']);
      } else {
        endpoint = this.strings.eval(a0);
        urlData = collapse(this.data.eval(a0));
        if (a1 && ts.isObjectLiteralExpression(skipOuterExpressions(a1))) urlData = union(urlData, this.pick(a1, ['headers']));
      }
    }
    if (steps.length === 2) {
      // http.get(url) sends at once; http.request(...) sends on write/end.
      if (verb.name === 'get') return { kind: 'http', label: `${module}.get`, call, data: urlData, endpoint };
      return undefined;
    }
    if (steps.length === 4 && steps[2]!.k === 'prop' && steps[3]!.k === 'call') {
      const m = (steps[2] as Extract<Step, { k: 'prop' }>).name;
      if (m === 'write' || m === 'end') {
        if (m === 'end' && call.arguments.length === 0 && this.hasWrites(steps[1] as Extract<Step, { k: 'call' }>, call)) return undefined;
        const body = call.arguments[0];
        const bodyValue = body && !isCallback(body) ? this.data.eval(body) : EMPTY;
        return { kind: 'http', label: `${module}.request → ${m}`, call, data: union(bodyValue, urlData), endpoint };
      }
    }
    return undefined;
  }

  /** An `end()` after `write(...)` calls sends nothing new. */
  private hasWrites(reqStep: Extract<Step, { k: 'call' }>, endCall: ts.CallExpression): boolean {
    const decl = reqStep.node?.parent;
    if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return false;
    const callee = skipOuterExpressions(endCall.expression);
    if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(skipOuterExpressions(callee.expression))) return false;
    const methods = this.writesOf(endCall.getSourceFile()).methodCallsOfDeclaration(decl);
    return (methods?.get('write') ?? []).length > 0;
  }

  private xhr(call: ts.CallExpression, origin: Origin): Sink {
    let url: ts.Expression | undefined;
    if (origin.holder) {
      const decl = origin.holder.valueDeclaration;
      const index = decl ? this.writesOf(decl.getSourceFile()) : undefined;
      const opens = index?.methodCallsOf(origin.holder)?.get('open') ?? [];
      url = opens[0]?.arguments[1];
    }
    return this.sink('xhr', 'XMLHttpRequest.send', call, [call.arguments[0]], url);
  }

  private sdkCall(
    entry: SdkEntry,
    steps: Step[],
    call: ts.CallExpression,
    module: string | undefined,
    globalName: string | undefined,
  ): Sink | undefined {
    const path = instancePath(steps.slice(0, -1));
    const c = this.catalog.matchCall(entry, path);
    if (!c) return undefined;
    const args = c.args ? c.args.map((i) => call.arguments[i]) : [...call.arguments];
    const host = entry.hosts[0]?.replace(/^\*\./, '') ?? entry.vendor;
    const label = `${globalName ?? entry.vendor}${path.length ? '.' + path.join('.') : ''}`;
    // An error object is not a carrier, but the message it is made with travels with it:
    // `captureException(new Error(`… ${user.email}`))`.
    const messages = call.arguments.flatMap((a) => errorMessageArgs(a, this.tracer));
    const sink = this.sink('sdk', label, call, [...args, ...messages], { parts: [{ kind: 'lit', text: `https://${host}` }] });
    return { ...sink, sdk: { entry, module } };
  }
}

/** Globals a framework declares for the code without an import (Nuxt), each an ofetch call. */
const AUTO_IMPORTED_FETCH = new Set(['$fetch', 'useFetch', 'useLazyFetch']);

function propsAre(steps: Step[], names: string[]): boolean {
  if (steps.length !== names.length + 1) return false;
  for (let i = 0; i < names.length; i++) {
    const s = steps[i]!;
    if (s.k !== 'prop' || s.name !== names[i]) return false;
  }
  return steps[steps.length - 1]!.k === 'call';
}

/** `new X()` … `.method(...)`: [new, prop method, call]. */
function isInstanceCall(steps: Step[], method: string): boolean {
  const n = steps.length;
  return (
    n >= 3 &&
    steps[n - 1]!.k === 'call' &&
    steps[n - 2]!.k === 'prop' &&
    (steps[n - 2] as { name: string }).name === method &&
    steps[n - 3]!.k === 'new'
  );
}

/** The message arguments of `new Error(msg)` (any `…Error`/`…Exception` class), also through a `const`. */
function errorMessageArgs(arg: ts.Expression, tracer: OriginTracer): ts.Expression[] {
  let e = skipOuterExpressions(arg);
  if (ts.isIdentifier(e)) {
    const init = tracer.constInitializer(e);
    if (!init) return [];
    e = skipOuterExpressions(init);
  }
  if (!ts.isNewExpression(e) && !ts.isCallExpression(e)) return [];
  const callee = skipOuterExpressions(e.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
  if (!/(?:Error|Exception)$/.test(name) || (ts.isCallExpression(e) && name !== 'Error')) return [];
  return [...(e.arguments ?? [])].slice(0, 1);
}

function isCallback(e: ts.Expression): boolean {
  const s = skipOuterExpressions(e);
  return ts.isArrowFunction(s) || ts.isFunctionExpression(s);
}
