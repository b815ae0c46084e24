import ts from 'typescript';
import { readRulesYaml } from '../policy/rules-data';
import { propertyValue, skipOuterExpressions } from '../ts-helpers';
import type { DataEvaluator } from '../values/data-evaluator';
import { concatStr, type StringEvaluator, type StrVal, UNKNOWN_STR } from '../values/string-evaluator';
import { EMPTY, union, type Value } from '../values/values';
import { instancePath, type OriginTracer } from './call-origin';
import { LOG_METHODS } from './log-methods';
import type { Step } from './origin';
import type { SdkEntry } from './sdk-catalog';
import type { Sink } from './sink';

/**
 * Sinks whose destination is in the client's configuration: loggers with vendor transports,
 * SMTP through Nodemailer, message brokers, queues and GraphQL clients.
 */
interface ClientsData {
  loggerTransports: Record<string, { vendor: string; hosts: string[] }>;
  hostedTransports: string[];
  smtpServices: Record<string, string>;
  mailTransports?: Record<string, { vendor: string; hosts: string[] }>;
}

type CallStep = Extract<Step, { k: 'call' }>;
type NewStep = Extract<Step, { k: 'new' }>;

export class ConfiguredClients {
  private readonly data: ClientsData;

  constructor(
    private readonly tracer: OriginTracer,
    private readonly values: DataEvaluator,
    private readonly strings: StringEvaluator,
  ) {
    this.data = readRulesYaml('sinks/configured-clients.yaml') as ClientsData;
  }

  classify(module: string, steps: Step[], call: ts.CallExpression): Sink | undefined {
    const base = module.replace(/^node:/, '');
    switch (base) {
      case 'pino':
        return this.pino(steps, call);
      case 'winston':
        return this.winston(steps, call);
      case 'nodemailer':
        return this.nodemailer(steps, call);
      case 'amqplib':
      case 'amqplib/callback_api':
      case 'amqp-connection-manager':
        return this.amqp(steps, call);
      case 'kafkajs':
        return this.kafka(steps, call);
      case '@aws-sdk/client-sqs':
      case '@aws-sdk/client-sns':
      case '@aws-sdk/client-eventbridge':
        return this.awsMessaging(base, steps, call);
      case '@apollo/client':
      case '@apollo/client/core':
      case 'apollo-boost':
        return this.apollo(steps, call);
      case 'urql':
      case '@urql/core':
        return this.urql(steps, call);
      case 'graphql-request':
        return this.graphqlRequest(steps, call);
      default:
        return undefined;
    }
  }

  // ---- loggers ------------------------------------------------------------------------------

  private logCall(steps: Step[]): boolean {
    const path = instancePath(steps.slice(0, -1));
    return path.length === 1 && LOG_METHODS.has(path[0]!);
  }

  private vendorSink(label: string, call: ts.CallExpression, pkg: string, args: readonly ts.Expression[]): Sink | undefined {
    const v = this.data.loggerTransports[pkg];
    if (!v) return undefined;
    const entry: SdkEntry = { id: pkg, vendor: v.vendor, kind: 'logging', packages: [pkg], globals: [], hosts: v.hosts, calls: [] };
    return {
      kind: 'sdk',
      label,
      call,
      data: this.argsData(args),
      endpoint: { parts: [{ kind: 'lit', text: `https://${v.hosts[0]!.replace(/^\*\./, '')}` }] },
      sdk: { entry, module: pkg },
    };
  }

  private argsData(args: readonly ts.Expression[]): Value {
    return union(...args.map((a) => this.values.eval(a)));
  }

  private hostedSink(label: string, call: ts.CallExpression, endpoint: StrVal, args: readonly ts.Expression[]): Sink {
    return { kind: 'http', label, call, data: this.argsData(args), endpoint };
  }

  /** pino({ transport: { target } }) or pino(opts, pino.transport({ target })) → logger.info(...). */
  private pino(steps: Step[], call: ts.CallExpression): Sink | undefined {
    if (!this.logCall(steps)) return undefined;
    const create = steps.find((s): s is CallStep => s.k === 'call');
    if (!create?.node) return undefined;
    const targets: Array<{ target: string; options?: ts.Expression }> = [];
    for (const arg of create.node.arguments) {
      const e = resolveExpr(arg, this);
      const transport = e && ts.isObjectLiteralExpression(e) ? propertyValue(e, 'transport') : e;
      for (const t of this.transportTargets(transport)) targets.push(t);
    }
    const label = `logger.${instancePath(steps.slice(0, -1))[0]}`;
    for (const t of targets) {
      const vendor = this.vendorSink(label, call, t.target, call.arguments);
      if (vendor) return vendor;
      if (this.data.hostedTransports.includes(t.target) && t.options) {
        const host = this.firstKnown(t.options, [['host'], ['url'], ['node'], ['endpoint']]);
        if (host) return this.hostedSink(label, call, host, call.arguments);
      }
    }
    return undefined;
  }

  /** `{ target, options }`, `{ targets: [...] }`, `pino.transport({...})`. */
  private transportTargets(e: ts.Expression | undefined): Array<{ target: string; options?: ts.Expression }> {
    const x = e ? resolveExpr(e, this) : undefined;
    if (!x) return [];
    if (ts.isCallExpression(x) && x.arguments[0]) return this.transportTargets(x.arguments[0]);
    if (!ts.isObjectLiteralExpression(x)) return [];
    const out: Array<{ target: string; options?: ts.Expression }> = [];
    const target = propertyValue(x, 'target');
    const lit = target ? this.strings.eval(target).parts : [];
    if (lit.length === 1 && lit[0]!.kind === 'lit') out.push({ target: lit[0]!.text, options: propertyValue(x, 'options') });
    const list = propertyValue(x, 'targets');
    const arr = list ? resolveExpr(list, this) : undefined;
    if (arr && ts.isArrayLiteralExpression(arr)) for (const el of arr.elements) out.push(...this.transportTargets(el));
    return out;
  }

  /** winston.createLogger({ transports: [new DatadogWinston(...), new transports.Http({ host })] }). */
  private winston(steps: Step[], call: ts.CallExpression): Sink | undefined {
    if (!this.logCall(steps)) return undefined;
    const create = steps.find((s): s is CallStep => s.k === 'call');
    const config = create?.node?.arguments[0];
    const cfg = config ? resolveExpr(config, this) : undefined;
    if (!cfg || !ts.isObjectLiteralExpression(cfg)) return undefined;
    const list = propertyValue(cfg, 'transports');
    const arr = list ? resolveExpr(list, this) : undefined;
    const elements = arr && ts.isArrayLiteralExpression(arr) ? arr.elements : arr ? [arr] : [];
    const label = `logger.${instancePath(steps.slice(0, -1))[0]}`;
    for (const el of elements) {
      const ctor = resolveExpr(el, this);
      if (!ctor || !ts.isNewExpression(ctor)) continue;
      const origin = this.tracer.trace(ctor.expression);
      if (!origin || origin.root.kind !== 'module') continue;
      const pkg = origin.root.module;
      const vendor = this.vendorSink(label, call, pkg, call.arguments);
      if (vendor) return vendor;
      const names = origin.steps.filter((s): s is Extract<Step, { k: 'prop' }> => s.k === 'prop').map((s) => s.name);
      const httpTransport = pkg === 'winston' && names[names.length - 1] === 'Http';
      if ((httpTransport || this.data.hostedTransports.includes(pkg)) && ctor.arguments?.[0]) {
        const host = this.firstKnown(ctor.arguments[0], [['host'], ['url'], ['node'], ['clientOpts', 'node']]);
        if (host) return this.hostedSink(label, call, withScheme(host, 'https'), call.arguments);
      }
    }
    return undefined;
  }

  // ---- e-mail, brokers, queues, GraphQL -------------------------------------------------------

  private nodemailer(steps: Step[], call: ts.CallExpression): Sink | undefined {
    const path = instancePath(steps.slice(0, -1));
    if (path.length !== 1 || path[0] !== 'sendMail') return undefined;
    const create = steps.find((s): s is CallStep => s.k === 'call');
    const config = create?.node?.arguments[0];
    let endpoint: StrVal = UNKNOWN_STR('SMTP transport');
    const api = config ? this.mailTransportApi(config, call) : undefined;
    if (api) return api;
    if (config) {
      const asString = this.strings.eval(config);
      if (asString.parts[0]?.kind === 'lit' && /^smtps?:\/\//.test(asString.parts[0].text)) endpoint = asString;
      else {
        const host = this.strings.evalPath(config, ['host']);
        const service = this.strings.evalPath(config, ['service']);
        if (host.parts[0]?.kind === 'lit' || host.parts[0]?.kind === 'env') endpoint = withScheme(host, 'smtp');
        else if (service.parts.length === 1 && service.parts[0]?.kind === 'lit') {
          const known = this.data.smtpServices[service.parts[0].text.toLowerCase()];
          if (known) endpoint = { parts: [{ kind: 'lit', text: `smtp://${known}` }] };
        }
      }
    }
    return {
      kind: 'http',
      label: 'transporter.sendMail',
      call,
      data: call.arguments[0] ? this.values.eval(call.arguments[0]) : EMPTY,
      endpoint,
    };
  }

  /** createTransport({ SES: { ses, aws } }): the vendor API the transport option names. */
  private mailTransportApi(config: ts.Expression, call: ts.CallExpression): Sink | undefined {
    const cfg = resolveExpr(config, this);
    if (!cfg || !ts.isObjectLiteralExpression(cfg)) return undefined;
    for (const [option, v] of Object.entries(this.data.mailTransports ?? {})) {
      if (!propertyValue(cfg, option)) continue;
      const entry: SdkEntry = {
        id: `nodemailer-${option}`,
        vendor: v.vendor,
        kind: 'email',
        packages: ['nodemailer'],
        globals: [],
        hosts: v.hosts,
        calls: [],
      };
      const data = call.arguments[0] ? this.values.eval(call.arguments[0]) : EMPTY;
      return {
        kind: 'sdk',
        label: 'transporter.sendMail',
        call,
        data,
        endpoint: { parts: [{ kind: 'lit', text: `https://${v.hosts[0]!.replace(/^\*\./, '')}` }] },
        sdk: { entry, module: 'nodemailer' },
      };
    }
    return undefined;
  }

  private amqp(steps: Step[], call: ts.CallExpression): Sink | undefined {
    const path = instancePath(steps.slice(0, -1));
    const method = path[path.length - 1];
    if (path.length !== 1 || (method !== 'publish' && method !== 'sendToQueue')) return undefined;
    const connect = steps.find((s): s is CallStep => s.k === 'call');
    const url = connect?.node?.arguments[0];
    const endpoint = url
      ? ts.isObjectLiteralExpression(skipOuterExpressions(url))
        ? withScheme(this.strings.evalPath(url, ['hostname']), 'amqp')
        : this.strings.eval(url)
      : UNKNOWN_STR('broker');
    const body = method === 'publish' ? call.arguments[2] : call.arguments[1];
    return { kind: 'http', label: `channel.${method}`, call, data: body ? this.values.eval(body) : EMPTY, endpoint };
  }

  private kafka(steps: Step[], call: ts.CallExpression): Sink | undefined {
    const path = instancePath(steps.slice(0, -1));
    if (path.length !== 1 || (path[0] !== 'send' && path[0] !== 'sendBatch')) return undefined;
    const ctor = steps.find((s): s is NewStep => s.k === 'new');
    const cfg = ctor?.node?.arguments?.[0];
    const broker = cfg ? this.strings.evalPath(cfg, ['brokers', '0']) : UNKNOWN_STR('brokers');
    return {
      kind: 'http',
      label: `producer.${path[0]}`,
      call,
      data: call.arguments[0] ? this.values.eval(call.arguments[0]) : EMPTY,
      endpoint: withScheme(broker, 'kafka'),
    };
  }

  /** client.send(new SendMessageCommand({ QueueUrl, MessageBody })): the queue's host decides. */
  private awsMessaging(module: string, steps: Step[], call: ts.CallExpression): Sink | undefined {
    const path = instancePath(steps.slice(0, -1));
    if (path.length !== 1 || path[0] !== 'send' || !steps.some((s) => s.k === 'new')) return undefined;
    const cmdExpr = call.arguments[0] ? resolveExpr(call.arguments[0], this) : undefined;
    if (!cmdExpr || !ts.isNewExpression(cmdExpr)) return undefined;
    const name = ts.isIdentifier(cmdExpr.expression) ? cmdExpr.expression.text : '';
    if (!/^(SendMessage|SendMessageBatch|Publish|PublishBatch|PutEvents)Command$/.test(name)) return undefined;
    const input = cmdExpr.arguments?.[0];
    const service = module.split('-').pop()!;
    let endpoint: StrVal = { parts: [{ kind: 'lit', text: `https://${service}.amazonaws.com` }] };
    if (input && service === 'sqs') {
      const queue = this.strings.evalPath(input, ['QueueUrl']);
      if (queue.parts[0]?.kind === 'lit' || queue.parts[0]?.kind === 'env') endpoint = queue;
    }
    return { kind: 'http', label: `${service}.send(${name})`, call, data: input ? this.values.eval(input) : EMPTY, endpoint };
  }

  private apollo(steps: Step[], call: ts.CallExpression): Sink | undefined {
    const path = instancePath(steps.slice(0, -1));
    if (path.length !== 1 || !['mutate', 'query', 'subscribe'].includes(path[0]!)) return undefined;
    const ctor = steps.find((s): s is NewStep => s.k === 'new');
    const cfg = ctor?.node?.arguments?.[0];
    let endpoint: StrVal = UNKNOWN_STR('GraphQL endpoint');
    if (cfg) {
      endpoint = this.strings.evalPath(cfg, ['uri']);
      const cfgObj = resolveExpr(cfg, this);
      const link = cfgObj && ts.isObjectLiteralExpression(cfgObj) ? propertyValue(cfgObj, 'link') : undefined;
      const linkExpr = link ? resolveExpr(link, this) : undefined;
      if (
        endpoint.parts[0]?.kind === 'unknown' &&
        linkExpr &&
        (ts.isNewExpression(linkExpr) || ts.isCallExpression(linkExpr)) &&
        linkExpr.arguments?.[0]
      ) {
        endpoint = this.strings.evalPath(linkExpr.arguments[0], ['uri']);
      }
    }
    const opts = call.arguments[0];
    const data = opts ? this.pickFields(opts, ['variables', 'context']) : EMPTY;
    return { kind: 'http', label: `apollo.${path[0]}`, call, data, endpoint };
  }

  private urql(steps: Step[], call: ts.CallExpression): Sink | undefined {
    const path = instancePath(steps.slice(0, -1));
    if (path.length !== 1 || !['mutation', 'query', 'subscription'].includes(path[0]!)) return undefined;
    const create = steps.find((s): s is CallStep | NewStep => s.k === 'call' || s.k === 'new');
    const cfg = create?.node?.arguments?.[0];
    const endpoint = cfg ? this.strings.evalPath(cfg, ['url']) : UNKNOWN_STR('GraphQL endpoint');
    return {
      kind: 'http',
      label: `urql.${path[0]}`,
      call,
      data: call.arguments[1] ? this.values.eval(call.arguments[1]) : EMPTY,
      endpoint,
    };
  }

  private graphqlRequest(steps: Step[], call: ts.CallExpression): Sink | undefined {
    const first = steps[0];
    if (steps.length === 2 && first?.k === 'prop' && (first.name === 'request' || first.name === 'rawRequest')) {
      const [url, , vars, headers] = call.arguments;
      return {
        kind: 'http',
        label: 'graphql-request',
        call,
        data: union(vars ? this.values.eval(vars) : EMPTY, headers ? this.values.eval(headers) : EMPTY),
        endpoint: url ? this.strings.eval(url) : UNKNOWN_STR('GraphQL endpoint'),
      };
    }
    const path = instancePath(steps.slice(0, -1));
    const ctor = steps.find((s): s is NewStep => s.k === 'new');
    if (ctor && path.length === 1 && (path[0] === 'request' || path[0] === 'rawRequest')) {
      const url = ctor.node?.arguments?.[0];
      return {
        kind: 'http',
        label: 'GraphQLClient.request',
        call,
        data: call.arguments[1] ? this.values.eval(call.arguments[1]) : EMPTY,
        endpoint: url ? this.strings.eval(url) : UNKNOWN_STR('GraphQL endpoint'),
      };
    }
    return undefined;
  }

  // ---- helpers --------------------------------------------------------------------------------

  private pickFields(options: ts.Expression, keys: string[]): Value {
    const v = this.values.eval(options);
    if (!v.fields) return v;
    return union(...keys.map((k) => v.fields!.get(k) ?? EMPTY));
  }

  private firstKnown(e: ts.Expression, paths: string[][]): StrVal | undefined {
    for (const p of paths) {
      const v = this.strings.evalPath(e, p);
      if (v.parts[0] && v.parts[0].kind !== 'unknown' && v.parts[0].kind !== 'ref') return v;
    }
    return undefined;
  }

  /** Follows identifiers to their initializers: `const transport = pino.transport({...})`. */
  resolve(e: ts.Expression): ts.Expression {
    return this.values.initializerOf(e) ?? e;
  }
}

function resolveExpr(e: ts.Expression, c: ConfiguredClients): ts.Expression | undefined {
  return skipOuterExpressions(c.resolve(skipOuterExpressions(e)));
}

/** `smtp.example.com` → `smtp://smtp.example.com`; a value with a scheme stays as it is. */
function withScheme(v: StrVal, scheme: string): StrVal {
  const first = v.parts[0];
  if (first?.kind === 'lit' && /^[a-z][a-z0-9+.-]*:\/\//i.test(first.text)) return v;
  if (first?.kind === 'env') return v;
  return concatStr({ parts: [{ kind: 'lit', text: `${scheme}://` }] }, v);
}
