import ts from 'typescript';
import { skipOuterExpressions, staticPropertyName } from '../ts-helpers';
import type { DataEvaluator } from '../values/data-evaluator';
import { concatStr, joinUrl, type StringEvaluator, type StrVal, UNKNOWN_STR } from '../values/string-evaluator';
import { collapse, EMPTY, union, type Value, withoutFields } from '../values/values';
import type { Step } from './origin';
import type { Sink } from './sink';

/**
 * HTTP clients of frameworks and fetch wrappers, each with its own call shape: Angular's
 * HttpClient, ofetch and its instances, undici's Pool and Client, wretch chains, openapi-fetch
 * and better-fetch. A client made with a base URL (`ofetch.create({ baseURL })`,
 * `createClient({ baseUrl })`, `new Pool(origin)`) sends to that base joined with the path.
 */
type CallStep = Extract<Step, { k: 'call' }>;
type PropStep = Extract<Step, { k: 'prop' }>;
type NewStep = Extract<Step, { k: 'new' }>;

const ANGULAR_BODY = new Set(['post', 'put', 'patch']);
const ANGULAR_NOBODY = new Set(['get', 'delete', 'head', 'options', 'jsonp']);
const WRETCH_VERBS = new Set(['get', 'delete', 'put', 'patch', 'post', 'head', 'opts', 'fetch']);
const WRETCH_BODY_VERBS = new Set(['put', 'patch', 'post']);
/** Chain methods of wretch whose argument travels with the request. */
const WRETCH_DATA = new Set(['json', 'body', 'formData', 'formUrl', 'query', 'headers', 'auth']);
const OPENAPI_METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE']);
/** Options of fetch-like calls that travel: the body, the query and the headers. */
const FETCH_KEYS = ['body', 'query', 'params', 'headers'];

export const HTTP_CLIENT_MODULES = ['@angular/common/http', 'ofetch', 'undici', 'wretch', 'openapi-fetch', '@better-fetch/fetch'];

export class HttpClientLibs {
  constructor(
    private readonly data: DataEvaluator,
    private readonly strings: StringEvaluator,
  ) {}

  classify(module: string, steps: Step[], call: ts.CallExpression): Sink | undefined {
    switch (module) {
      case '@angular/common/http':
        return this.angular(steps, call);
      case 'ofetch':
        return this.ofetch(steps, call);
      case 'undici':
        return this.undici(steps, call);
      case 'wretch':
        return this.wretch(steps, call);
      case 'openapi-fetch':
        return this.openapiFetch(steps, call);
      case '@better-fetch/fetch':
        return this.betterFetch(steps, call);
      default:
        return undefined;
    }
  }

  // ---- Angular HttpClient ----------------------------------------------------------------

  /** `this.http.post(url, body, { params, headers })`, `http.get(url, { params })`, `http.request(…)`. */
  private angular(steps: Step[], call: ts.CallExpression): Sink | undefined {
    if (!(steps.length === 4 && isProp(steps[0], 'HttpClient') && steps[1]!.k === 'new' && steps[2]!.k === 'prop')) return undefined;
    const m = (steps[2] as PropStep).name;
    const [a0, a1, a2] = call.arguments;
    const label = `HttpClient.${m}`;
    if (ANGULAR_BODY.has(m))
      return this.make('angular-http', label, call, a0, [a1 ? this.data.eval(a1) : EMPTY, a2 ? this.angularOptions(a2) : EMPTY]);
    if (ANGULAR_NOBODY.has(m)) return this.make('angular-http', label, call, a0, [a1 ? this.angularOptions(a1) : EMPTY]);
    if (m === 'request' && a0) {
      const req = skipOuterExpressions(a0);
      // request(new HttpRequest('POST', url, body, { params })) or request('POST', url, { body, params })
      if (ts.isNewExpression(req) && calleeName(req.expression) === 'HttpRequest') {
        const [, url, body, init] = req.arguments ?? [];
        return this.make('angular-http', label, call, url, [body ? this.data.eval(body) : EMPTY, init ? this.angularOptions(init) : EMPTY]);
      }
      return this.make('angular-http', label, call, a1, [a2 ? this.angularOptions(a2) : EMPTY]);
    }
    return undefined;
  }

  /** `{ params: new HttpParams().set('email', e), headers, body }`: what of the options travels. */
  private angularOptions(options: ts.Expression): Value {
    const o = skipOuterExpressions(options);
    if (!ts.isObjectLiteralExpression(o)) return this.pick(options, ['params', 'headers', 'body']);
    const parts: Value[] = [];
    for (const p of o.properties) {
      if (ts.isSpreadAssignment(p)) parts.push(this.data.eval(p.expression));
      const key = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? staticPropertyName(p.name) : undefined;
      if (key !== 'params' && key !== 'headers' && key !== 'body') continue;
      if (ts.isPropertyAssignment(p)) parts.push(this.builderData(p.initializer, 0));
      else if (ts.isShorthandPropertyAssignment(p)) parts.push(this.builderData(p.name, 0));
    }
    return union(...parts);
  }

  /**
   * HttpParams and HttpHeaders are immutable builders: `new HttpParams({ fromObject })`,
   * `.set(key, value)`, `.append(key, value)`, each step returning a new one.
   */
  private builderData(e: ts.Expression, depth: number): Value {
    const x = skipOuterExpressions(e);
    if (depth > 24) return this.data.eval(x);
    if (ts.isIdentifier(x)) {
      const init = this.data.initializerOf(x);
      return init ? union(this.data.eval(x), this.builderData(init, depth + 1)) : this.data.eval(x);
    }
    if (ts.isNewExpression(x) && /^Http(Params|Headers)$/.test(calleeName(x.expression) ?? ''))
      return union(...(x.arguments ?? []).map((a) => this.data.eval(a)));
    if (
      ts.isCallExpression(x) &&
      ts.isPropertyAccessExpression(x.expression) &&
      /^(set|append|appendAll|setAll)$/.test(x.expression.name.text)
    ) {
      return union(
        this.builderData(x.expression.expression, depth + 1),
        ...x.arguments.slice(1).map((a) => this.data.eval(a)),
        ...x.arguments
          .slice(0, 1)
          .filter((a) => !ts.isStringLiteralLike(a))
          .map((a) => this.data.eval(a)),
      );
    }
    return this.data.eval(x);
  }

  // ---- ofetch ----------------------------------------------------------------------------

  /** `ofetch(url, { method, body, query })`, `$fetch.raw(…)`, `ofetch.create({ baseURL })(path, …)`. */
  private ofetch(steps: Step[], call: ts.CallExpression): Sink | undefined {
    let i = 0;
    if (isProp(steps[0], 'ofetch') || isProp(steps[0], '$fetch') || isProp(steps[0], 'default')) i = 1;
    let base: StrVal | undefined;
    let baseData: Value = EMPTY;
    // ofetch.create({ baseURL, headers }) and instance.create(…): each may set the base.
    while (isProp(steps[i], 'create') && steps[i + 1]?.k === 'call' && i + 2 < steps.length) {
      const cfg = (steps[i + 1] as CallStep).node?.arguments[0];
      if (!(steps[i + 1] as CallStep).node) base = UNKNOWN_STR('ofetch instance');
      if (cfg) {
        const b = this.strings.evalPath(cfg, ['baseURL']);
        if (b.parts[0]?.kind !== 'unknown') base = base ? joinUrl(base, b) : b;
        baseData = union(baseData, this.pick(cfg, ['headers', 'query', 'params']));
      }
      i += 2;
    }
    const rest = steps.slice(i);
    const raw = rest.length === 2 && (isProp(rest[0], 'raw') || isProp(rest[0], 'native'));
    if (!(rest.length === 1 || raw)) return undefined;
    const [url, options] = call.arguments;
    let endpoint = url ? this.strings.eval(url) : UNKNOWN_STR('url');
    if (options) {
      const own = this.strings.evalPath(options, ['baseURL']);
      if (own.parts[0]?.kind !== 'unknown') endpoint = joinUrl(own, endpoint);
      else if (base) endpoint = joinUrl(base, endpoint);
    } else if (base) endpoint = joinUrl(base, endpoint);
    const data = union(url ? collapse(this.data.eval(url)) : EMPTY, options ? this.pick(options, FETCH_KEYS) : EMPTY, baseData);
    return { kind: 'fetch', label: raw ? 'ofetch.raw' : 'ofetch', call, data, endpoint };
  }

  // ---- undici ----------------------------------------------------------------------------

  /** `new Pool(origin).request({ path, method, body })`, `new Client(origin)`, `undici.request(url, …)`. */
  private undici(steps: Step[], call: ts.CallExpression): Sink | undefined {
    const first = steps[0];
    if (steps.length === 1 || (steps.length === 2 && (isProp(first, 'fetch') || isProp(first, 'default'))))
      return this.fetchLike('undici.fetch', call);
    if (steps.length === 2 && isProp(first, 'request')) {
      const [url, options] = call.arguments;
      return this.make('undici', 'undici.request', call, url, [options ? this.pick(options, ['body', 'headers', 'query']) : EMPTY]);
    }
    // new Pool(origin) / new Client(origin) / new BalancedPool(origins) …, then .request({ … })
    if (
      steps.length === 4 &&
      first?.k === 'prop' &&
      /^(Pool|Client|BalancedPool|Agent)$/.test(first.name) &&
      steps[1]!.k === 'new' &&
      isProp(steps[2], 'request')
    ) {
      const ctor = (steps[1] as NewStep).node;
      const origin = ctor?.arguments?.[0];
      const opts = call.arguments[0];
      if (!opts) return undefined;
      const path = this.strings.evalPath(opts, ['path']);
      let endpoint: StrVal;
      if (first.name === 'Agent') endpoint = joinUrl(this.strings.evalPath(opts, ['origin']), path);
      else
        endpoint = origin && first.name !== 'BalancedPool' ? joinUrl(this.strings.eval(origin), path) : UNKNOWN_STR(`undici ${first.name}`);
      return {
        kind: 'undici',
        label: `${first.name}.request`,
        call,
        data: this.pick(opts, ['body', 'headers', 'query', 'path']),
        endpoint,
      };
    }
    return undefined;
  }

  // ---- wretch ----------------------------------------------------------------------------

  /** `wretch(base).url(path).headers(h).post(body)`: sent at the verb; chain methods before it add data. */
  private wretch(steps: Step[], call: ts.CallExpression): Sink | undefined {
    let i = 0;
    if (isProp(steps[0], 'default')) i = 1;
    const root = steps[i];
    if (root?.k !== 'call') return undefined;
    let endpoint: StrVal = root.node?.arguments[0] ? this.strings.eval(root.node.arguments[0]) : { parts: [] };
    const parts: Value[] = root.node?.arguments[0] ? [collapse(this.data.eval(root.node.arguments[0]))] : [];
    for (i += 1; i + 1 < steps.length; i += 2) {
      const p = steps[i];
      const c = steps[i + 1];
      if (p?.k !== 'prop' || c?.k !== 'call') return undefined;
      const args = c.node?.arguments ?? [];
      if (WRETCH_VERBS.has(p.name)) {
        // The verb sends: only a call that is the verb itself is the sink.
        if (c.node !== call) return undefined;
        let url: ts.Expression | undefined;
        if (p.name === 'fetch') {
          const [, u, body] = args;
          url = u;
          if (body) parts.push(this.data.eval(body));
        } else if (WRETCH_BODY_VERBS.has(p.name)) {
          const [body, u] = args;
          url = u;
          if (body) parts.push(this.data.eval(body));
        } else url = args[0];
        if (url) {
          endpoint = appendUrl(endpoint, this.strings.eval(url));
          parts.push(collapse(this.data.eval(url)));
        }
        return {
          kind: 'wretch',
          label: `wretch.${p.name}`,
          call,
          data: union(...parts),
          endpoint: endpoint.parts.length ? endpoint : UNKNOWN_STR('url'),
        };
      }
      if (p.name === 'url' && args[0]) {
        const replace = args[1] && args[1].kind === ts.SyntaxKind.TrueKeyword;
        endpoint = replace ? this.strings.eval(args[0]) : appendUrl(endpoint, this.strings.eval(args[0]));
        parts.push(collapse(this.data.eval(args[0])));
      } else if (WRETCH_DATA.has(p.name)) for (const a of args) parts.push(this.data.eval(a));
    }
    return undefined;
  }

  // ---- openapi-fetch ---------------------------------------------------------------------

  /** `createClient<paths>({ baseUrl }).POST('/users', { body, params: { query, path } })`. */
  private openapiFetch(steps: Step[], call: ts.CallExpression): Sink | undefined {
    let i = 0;
    if (isProp(steps[0], 'createClient') || isProp(steps[0], 'default')) i = 1;
    const create = steps[i];
    if (create?.k !== 'call' || steps.length !== i + 3 || steps[i + 1]!.k !== 'prop') return undefined;
    const m = (steps[i + 1] as PropStep).name;
    if (!OPENAPI_METHODS.has(m)) return undefined;
    const cfg = create.node?.arguments[0];
    const base = cfg ? this.strings.evalPath(cfg, ['baseUrl']) : create.node ? { parts: [] } : UNKNOWN_STR('openapi-fetch client');
    const baseData = cfg ? this.pick(cfg, ['headers']) : EMPTY;
    const [path, init] = call.arguments;
    const p = path ? this.strings.eval(path) : UNKNOWN_STR('url');
    const endpoint = base.parts.length ? joinUrl(base, p) : p;
    return {
      kind: 'openapi-fetch',
      label: `openapi-fetch.${m}`,
      call,
      data: union(init ? this.pick(init, ['body', 'params', 'headers']) : EMPTY, baseData),
      endpoint,
    };
  }

  // ---- @better-fetch/fetch ---------------------------------------------------------------

  /** `betterFetch(url, { body })`, `createFetch({ baseURL })('@post/users', { body })`. */
  private betterFetch(steps: Step[], call: ts.CallExpression): Sink | undefined {
    let base: StrVal | undefined;
    let baseData: Value = EMPTY;
    if (steps.length === 3 && isProp(steps[0], 'createFetch') && steps[1]!.k === 'call') {
      const cfg = (steps[1] as CallStep).node?.arguments[0];
      base = cfg ? this.strings.evalPath(cfg, ['baseURL']) : UNKNOWN_STR('better-fetch instance');
      if (cfg) baseData = this.pick(cfg, ['headers']);
    } else if (!(steps.length === 2 && isProp(steps[0], 'betterFetch'))) return undefined;
    const [url, options] = call.arguments;
    // '@post/users' names the method in the path.
    let path = url ? this.strings.eval(url) : UNKNOWN_STR('url');
    const first = path.parts[0];
    if (first?.kind === 'lit' && /^@[a-z]+\//i.test(first.text))
      path = { parts: [{ kind: 'lit', text: first.text.replace(/^@[a-z]+/i, '') }, ...path.parts.slice(1)] };
    const endpoint = base && base.parts[0]?.kind !== 'unknown' ? joinUrl(base, path) : (base ?? path);
    const data = union(
      url ? collapse(this.data.eval(url)) : EMPTY,
      options ? this.pick(options, ['body', 'query', 'params', 'headers']) : EMPTY,
      baseData,
    );
    return {
      kind: 'fetch',
      label: base ? 'better-fetch instance' : 'betterFetch',
      call,
      data,
      endpoint: base && base.parts[0]?.kind === 'unknown' ? base : endpoint,
    };
  }

  // ---- shared ----------------------------------------------------------------------------

  private fetchLike(label: string, call: ts.CallExpression): Sink {
    const [input, init] = call.arguments;
    return this.make('fetch', label, call, input, [init ? this.pick(init, FETCH_KEYS) : EMPTY]);
  }

  private make(kind: Sink['kind'], label: string, call: ts.CallExpression, url: ts.Expression | undefined, data: Value[]): Sink {
    const endpoint = url ? this.strings.eval(url) : UNKNOWN_STR('url');
    return { kind, label, call, data: union(...data, url ? collapse(this.data.eval(url)) : EMPTY), endpoint };
  }

  /** Only the parts of an options object that travel. */
  private pick(options: ts.Expression, keys: string[]): Value {
    const v = this.data.eval(options);
    if (!v.fields) return v;
    return union(...keys.map((k) => v.fields!.get(k) ?? EMPTY), withoutFields(v));
  }
}

function isProp(s: Step | undefined, name: string): s is PropStep {
  return s?.k === 'prop' && s.name === name;
}

function calleeName(e: ts.Expression): string | undefined {
  const x = skipOuterExpressions(e);
  return ts.isIdentifier(x) ? x.text : ts.isPropertyAccessExpression(x) ? x.name.text : undefined;
}

/** wretch's `.url(path)` appends to the URL so far. */
function appendUrl(base: StrVal, path: StrVal): StrVal {
  return base.parts.length === 0 ? path : concatStr(base, path);
}
