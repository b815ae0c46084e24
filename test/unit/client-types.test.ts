import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { instancePath, OriginTracer } from '../../server/src/analysis/sinks/call-origin';
import { clientAccessors } from '../../server/src/analysis/sinks/client-accessors';
import { SdkCatalog } from '../../server/src/analysis/sinks/sdk-catalog';
import { WriteIndex } from '../../server/src/analysis/values/write-index';

/**
 * An in-memory program of the given files, without the standard library or any package
 * (as the engine builds it): imports of packages stay unresolved.
 */
function programOf(files: Record<string, string>): ts.Program {
  const abs = (f: string) => (f.startsWith('/') ? f : `/p/${f}`);
  const texts = new Map(Object.entries(files).map(([f, t]) => [abs(f), t]));
  const host: ts.CompilerHost = {
    getSourceFile: (f, lang) => (texts.has(f) ? ts.createSourceFile(f, texts.get(f)!, lang, true) : undefined),
    getDefaultLibFileName: () => '/lib.d.ts',
    writeFile: () => undefined,
    getCurrentDirectory: () => '/p',
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (f) => texts.has(f),
    readFile: (f) => texts.get(f),
  };
  return ts.createProgram(
    [...texts.keys()],
    {
      noLib: true,
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowJs: true,
      noEmit: true,
    },
    host,
  );
}

/** Where the callee of the call whose text starts with `marker` comes from: `module: a.b.c`. */
function originOfCall(files: Record<string, string>, file: string, marker: string): string | undefined {
  const program = programOf(files);
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(`/p/${file}`)!;
  const indexes = new Map<ts.SourceFile, WriteIndex>();
  const tracer = new OriginTracer(checker, (s) => indexes.get(s) ?? indexes.set(s, new WriteIndex(s, checker)).get(s)!);
  let call: ts.CallExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (!call && ts.isCallExpression(n) && n.getText(sf).startsWith(marker)) call = n;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  assert.ok(call, `no call ${marker}`);
  const o = tracer.trace(call.expression);
  if (!o) return undefined;
  const root = o.root.kind === 'module' ? o.root.module : `global ${o.root.name}`;
  return `${root}: ${instancePath(o.steps).join('.')}`;
}

describe('clients known by their declared type', () => {
  it('a parameter typed with a class imported from a package, also with `import { type X }`', () => {
    const files = {
      'notify.ts': `import { type WebClient } from '@slack/web-api';
export async function announce(client: WebClient, channel: string, text: string) {
  await client.chat.postMessage({ channel, text });
}`,
    };
    assert.equal(originOfCall(files, 'notify.ts', 'client.chat.postMessage'), '@slack/web-api: chat.postMessage');
  });

  it('class fields, parameter properties and `T | null` with a non-null assertion', () => {
    const files = {
      'billing.ts': `import type Stripe from 'stripe';
import { Twilio } from 'twilio';
export class Billing {
  private sms: Twilio | null = null;
  constructor(private readonly stripe: Stripe) {}
  async open(email: string) {
    await this.stripe.customers.create({ email });
    await this.sms!.messages.create({ to: '+4700000000', body: 'ok' });
  }
}`,
    };
    assert.equal(originOfCall(files, 'billing.ts', 'this.stripe.customers.create'), 'stripe: customers.create');
    assert.equal(originOfCall(files, 'billing.ts', 'this.sms!.messages.create'), 'twilio: messages.create');
  });

  it('getters, declared return types, Promise<T> and a type alias in another file', () => {
    const files = {
      'mailer.ts': `import type { Resend } from 'resend';
export type Mailer = Resend | undefined;
export declare function loadMailer(): Promise<Mailer>;`,
      'service.ts': `import { loadMailer, type Mailer } from './mailer';
import type { PostHog } from 'posthog-node';
declare function connect(): any;
export class Welcome {
  private cached?: PostHog;
  private get analytics(): PostHog { return this.cached ?? connect(); }
  async send(mailer: Mailer, to: string) {
    await mailer?.emails.send({ from: 'a@b.no', to, subject: 'Hei' });
    await (await loadMailer())!.emails.send({ from: 'a@b.no', to, subject: 'Hei' });
    this.analytics.capture({ distinctId: to, event: 'welcomed' });
  }
}`,
    };
    assert.equal(originOfCall(files, 'service.ts', 'mailer?.emails.send'), 'resend: emails.send');
    assert.equal(originOfCall(files, 'service.ts', '(await loadMailer())!.emails.send'), 'resend: emails.send');
    assert.equal(originOfCall(files, 'service.ts', 'this.analytics.capture'), 'posthog-node: capture');
  });

  it('members of a destructured parameter: a type literal or an interface of the codebase', () => {
    const files = {
      'deps.ts': `import type { WebClient } from '@slack/web-api';
import type { PostHog } from 'posthog-node';
export interface Deps { slack: WebClient; analytics: PostHog; region: string }`,
      'notify.ts': `import type { Twilio } from 'twilio';
import type { Deps } from './deps';
export async function notify({ slack, analytics }: Deps, { sms }: { sms: Twilio }, phone: string) {
  await slack.chat.postMessage({ channel: '#ops', text: phone });
  analytics.capture({ distinctId: phone, event: 'notified' });
  await sms.messages.create({ to: phone, from: 'Klinikken', body: 'Hei' });
}`,
    };
    assert.equal(originOfCall(files, 'notify.ts', 'slack.chat.postMessage'), '@slack/web-api: chat.postMessage');
    assert.equal(originOfCall(files, 'notify.ts', 'analytics.capture'), 'posthog-node: capture');
    assert.equal(originOfCall(files, 'notify.ts', 'sms.messages.create'), 'twilio: messages.create');
  });

  it('generic arguments and `typeof` a client', () => {
    const files = {
      'teams.ts': `import { WebClient } from '@slack/web-api';
const base = new WebClient(process.env.SLACK_TOKEN);
const clients = new Map<string, WebClient>();
export async function post(team: string, text: string, fallback: typeof base) {
  await clients.get(team)!.chat.postMessage({ channel: '#general', text });
  await fallback.chat.postMessage({ channel: '#general', text });
}`,
    };
    assert.equal(originOfCall(files, 'teams.ts', 'clients.get(team)!.chat.postMessage'), '@slack/web-api: chat.postMessage');
    assert.equal(originOfCall(files, 'teams.ts', 'fallback.chat.postMessage'), '@slack/web-api: chat.postMessage');
  });

  it('types of the codebase, type parameters and plain values name no client', () => {
    const files = {
      'repo.ts': `export interface UserRepo { save(u: { email: string }): Promise<void> }
export async function store<T extends { save(x: unknown): void }>(repo: UserRepo, sink: T, names: Promise<string[]>, email: string) {
  await repo.save({ email });
  sink.save(email);
  (await names).push(email);
}`,
    };
    assert.equal(originOfCall(files, 'repo.ts', 'repo.save'), undefined);
    assert.equal(originOfCall(files, 'repo.ts', 'sink.save'), undefined);
    assert.equal(originOfCall(files, 'repo.ts', '(await names).push'), undefined);
  });
});

describe('clients built the way production code builds them', () => {
  it('conditionals, ??, lazy let-singletons assigned later, dynamic import()', () => {
    const files = {
      'clients.js': `import { Resend } from 'resend';
let twilioClient;
export function sms() {
  if (!twilioClient) twilioClient = require('twilio')(process.env.SID, process.env.TOKEN);
  return twilioClient;
}
export const resend = process.env.RESEND_KEY ? new Resend(process.env.RESEND_KEY) : null;
export async function notify(phone, email) {
  await sms().messages.create({ to: phone, from: '+4700000000', body: 'Hei' });
  await resend?.emails.send({ from: 'a@b.no', to: email, subject: 'Hei' });
  const { PostHog } = await import('posthog-node');
  const ph = globalThis.__ph ?? (globalThis.__ph = new PostHog('key'));
  ph.capture({ distinctId: email, event: 'notified' });
}`,
    };
    assert.equal(originOfCall(files, 'clients.js', 'sms().messages.create'), 'twilio: messages.create');
    assert.equal(originOfCall(files, 'clients.js', 'resend?.emails.send'), 'resend: emails.send');
    assert.equal(originOfCall(files, 'clients.js', 'ph.capture'), 'posthog-node: capture');
  });

  it('Sentry and Bugsnag scope callbacks and Angular inject()', () => {
    const files = {
      'app.ts': `import * as Sentry from '@sentry/angular';
import Bugsnag from '@bugsnag/js';
import { inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
export class Api {
  private readonly http = inject(HttpClient);
  report(email: string) {
    Sentry.withScope((scope) => scope.setUser({ email }));
    Bugsnag.notify(new Error('report'), (event) => { event.setUser('u1', email); });
    [email].forEach((e) => e.trim());
    return this.http.post('https://api.example.org/x', { email });
  }
}`,
    };
    assert.equal(originOfCall(files, 'app.ts', 'scope.setUser'), '@sentry/angular: setUser');
    assert.equal(originOfCall(files, 'app.ts', 'event.setUser'), '@bugsnag/js: setUser');
    // A callback of anything else receives no client.
    assert.equal(originOfCall(files, 'app.ts', 'e.trim'), undefined);
    assert.equal(originOfCall(files, 'app.ts', 'this.http.post'), '@angular/common/http: post');
  });
});

describe('rules/sinks/client-accessors.yaml', () => {
  it('validates, and every hook names an SDK of the catalog', () => {
    const accessors = clientAccessors();
    const ids = new Set(SdkCatalog.builtin().entries.map((e) => e.id));
    assert.ok(accessors.scopeCallbacks.has('withScope'));
    assert.ok(accessors.injectors.get('@angular/core')?.has('inject'));
    for (const [pkg, hooks] of accessors.hooks)
      for (const [hook, sdk] of hooks) assert.ok(ids.has(sdk), `${pkg} ${hook}: no SDK ${sdk} in the catalog`);
  });
});

describe('untrusted input', () => {
  it('long chains of typeof, aliases and lazy variables stay bounded', () => {
    const n = 3000;
    const lines = [`import { WebClient } from '@slack/web-api';`, `let v${n}: WebClient | undefined;`];
    for (let i = n - 1; i >= 0; i--) lines.push(`let v${i}: typeof v${i + 1};`);
    for (let i = 0; i < n; i++) lines.push(`type T${i} = T${i + 1} | null;`);
    lines.push(
      `type T${n} = T0;`,
      `declare const t: T0;`,
      `v0!.chat.postMessage({ channel: '#x', text: 'y' });`,
      `t!.chat.postMessage({ channel: '#x', text: 'y' });`,
    );
    const files = { 'deep.ts': lines.join('\n') };
    assert.equal(originOfCall(files, 'deep.ts', 'v0!.chat.postMessage'), undefined);
    assert.equal(originOfCall(files, 'deep.ts', 't!.chat.postMessage'), undefined);
  });
});
