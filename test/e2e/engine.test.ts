import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { figures, loadCorpus, runProject, scoreProject } from '../../server/src/accuracy/labelled-corpus';
import { ImportGraph } from '../../server/src/analysis/workspace/import-graph';
import { discoverFiles } from '../../server/src/analysis/workspace/workspace-files';
import { candidateFiles, splitWorkspace } from '../../server/src/analysis/workspace/workspace-parts';
import { CORPUS } from '../support/paths';
import { analyzeProject, summarize } from '../support/temp-project';

const CONFIG = `policy: visma-no
recipients:
  - id: payroll-partner
    name: Payroll partner
    category: partner
    match: { hosts: ["api.payroll-partner.no"] }
    purposes: [payroll]
  - id: forum
    category: public-forum
    match: { hosts: ["community.visma.com"] }
internal:
  hosts: ["*.acme.internal"]
sanitizers: [pseudonymize]
`;

describe('engine: where a finding stands', () => {
  it('at each outer call that passes personal data through a wrapper, not at the inner sink', () => {
    const { dir, findings } = analyzeProject({
      '.disclose.yaml': CONFIG,
      'src/http.ts': `export async function postJson(url: string, body: unknown) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(\`\${url}: \${res.status}\`);
  return res.json();
}
`,
      'src/jobs.ts': `import { postJson } from './http';
interface Employee { id: string; email: string; fnr: string; team: string }
export async function sync(employees: Employee[]) {
  for (const e of employees) {
    await postJson('https://api.hr-cloud.example/v1/people', { email: e.email, team: e.team });
    await postJson('https://api.hr-cloud.example/v1/teams', { team: e.team, size: employees.length });
  }
  await postJson('https://community.visma.com/api/posts', { title: 'Release notes', body: 'We shipped.' });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/jobs.ts:5 undeclared-recipient [user.contact.email]']);
    assert.deepEqual(findings[0]!.chain.map((c) => path.basename(c.file) + ':' + (c.line + 1)), ['jobs.ts:5', 'http.ts:2']);
    assert.equal(findings[0]!.data[0]!.text, 'e.email');
  });

  it('at the inner sink when the wrapper adds personal data of its own', () => {
    const { dir, findings } = analyzeProject({
      'src/notify.ts': `import { currentUser } from './session';
export async function notify(event: string) {
  const user = currentUser();
  await fetch('https://hooks.slack.com/services/T000/B000/XXXX', { method: 'POST', body: JSON.stringify({ text: \`\${event} by \${user.email}\` }) });
}
export async function onSave() { await notify('saved'); }
`,
      'src/session.ts': `export interface SessionUser { id: string; email: string }\nexport function currentUser(): SessionUser { return JSON.parse(localStorage.getItem('user') ?? '{}'); }\n`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/notify.ts:4 undeclared-recipient [user.contact.email]']);
  });

  it('applies the policy clause and its conditions', () => {
    const { dir, findings } = analyzeProject({
      '.disclose.yaml': CONFIG,
      'src/share.ts': `import axios from 'axios';
const forum = axios.create({ baseURL: 'https://community.visma.com/api/2.0' });
export async function share(author: { name: string; email: string; fnr: string; kontonummer: string }, text: string) {
  await forum.post('/messages', { subject: 'Question', body: text, author: author.name });
  await forum.post('/messages', { body: text, fnr: author.fnr });
  await axios.post('https://api.payroll-partner.no/v2/lonn', { fnr: author.fnr, kontonummer: author.kontonummer });
  await axios.post('https://api.acme.internal/audit', { email: author.email });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), [
      'src/share.ts:4 public-disclosure [user.name]',
      'src/share.ts:5 category-not-permitted [user.government_id.national_identification_number]',
    ]);
    assert.equal(findings[1]!.clause, 'forum');
    assert.match(findings[1]!.clauseHref!, /#vismas-nettforum$/);
  });
});

describe('engine: suppressions and annotations', () => {
  it('a reasoned suppression hides the next line; one without a reason is itself reported', () => {
    const { dir, findings } = analyzeProject({
      'src/a.ts': `export async function track(email: string, phone: string) {
  // disclose-ignore-next-line the processor signed a DPA in 2025
  await fetch('https://api.mailer.example/v1/contacts', { method: 'POST', body: JSON.stringify({ email }) });
  // disclose-ignore-next-line
  await fetch('https://api.sms.example/v1/send', { method: 'POST', body: JSON.stringify({ to: phone }) });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/a.ts:4 suppression-without-reason []', 'src/a.ts:5 undeclared-recipient [user.contact.phone_number]']);
  });

  it('@disclose recipient= names the recipient of a call or of a whole function', () => {
    const { dir, findings } = analyzeProject({
      '.disclose.yaml': CONFIG.replace('internal:', '  - id: skatt\n    category: public-authority\ninternal:'),
      'src/a.ts': `const BASE = process.env.GATEWAY_URL;
export async function report(fnr: string) {
  // @disclose recipient=skatt
  await fetch(\`\${BASE}/a-melding\`, { method: 'POST', body: JSON.stringify({ fnr }) });
}
/** Sends the payslip. @disclose recipient=payroll-partner */
export async function payslip(fnr: string) {
  await fetch(\`\${BASE}/payslips\`, { method: 'POST', body: JSON.stringify({ fnr }) });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/a.ts:4 clause-condition-unmet [user.government_id.national_identification_number]']);
    assert.equal(findings[0]!.recipient, 'skatt');
    assert.deepEqual(findings[0]!.conditionsMissing, ['legalBasis']);
  });
});

describe('engine: endpoints', () => {
  it('relative URLs, internal and loopback hosts are no disclosure; unresolved ones only on request', () => {
    const files = {
      '.disclose.yaml': CONFIG,
      'src/a.ts': `export async function save(email: string) {
  await fetch('/api/profile', { method: 'PUT', body: JSON.stringify({ email }) });
  await fetch('http://localhost:4000/profile', { method: 'PUT', body: JSON.stringify({ email }) });
  await fetch('https://profile.acme.internal/v1', { method: 'PUT', body: JSON.stringify({ email }) });
  await fetch(process.env.PROFILE_URL!, { method: 'PUT', body: JSON.stringify({ email }) });
}
`,
    };
    assert.deepEqual(analyzeProject(files).findings, []);
    const { dir, findings } = analyzeProject(files, { reportUnresolved: true });
    assert.deepEqual(summarize(dir, findings), ['src/a.ts:5 unresolved-endpoint [user.contact.email]']);
    assert.equal(findings[0]!.severity, 'information');
  });
});

describe('engine: bad input never takes the analysis down', () => {
  it('survives syntax errors, deep nesting and odd files', () => {
    const deep = 'export const x = ' + '['.repeat(3000) + ']'.repeat(3000) + ';\n';
    const { dir, findings } = analyzeProject({
      'src/broken.ts': 'export function (((( { fetch("https://x.example", { body: email\n',
      'src/deep.ts': deep,
      'src/deepcall.ts': 'const email = "a";\nexport const y = ' + 'f('.repeat(2000) + 'email' + ')'.repeat(2000) + ';\n',
      'src/ok.ts': "export const send = (email: string) => navigator.sendBeacon('https://beacon.tracker.example/e', email);\n",
    });
    assert.ok(summarize(dir, findings).includes('src/ok.ts:1 undeclared-recipient [user.contact.email]'));
  });
});

describe('engine: accuracy on the labelled corpus', () => {
  it('keeps precision and recall at or above 0.95', () => {
    const scores = loadCorpus(CORPUS).map((p) => scoreProject(p, runProject(p.dir)));
    assert.ok(scores.length >= 40, `the corpus has ${scores.length} projects`);
    const f = figures(scores);
    const misses = scores.flatMap((s) => [...s.falseNegatives.map((e) => `FN ${s.project.name}/${e.file}:${e.line} ${e.rule}`), ...s.falsePositives.map((a) => `FP ${s.project.name}/${path.relative(s.project.dir, a.location.file)}:${a.location.line + 1} ${a.ruleId}`)]);
    assert.ok(f.precision >= 0.95 && f.recall >= 0.95, `precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}\n${misses.join('\n')}`);
  });
});

describe('splitting a workspace for worker threads', () => {
  it('deals whole import-connected components: each project of the corpus lands in one part', () => {
    const { files } = discoverFiles({ root: CORPUS, paths: [CORPUS], maxFileBytes: 1024 * 1024 });
    const read = (f: string) => fs.readFileSync(f, 'utf8');
    const { parts } = splitWorkspace(CORPUS, files, read, 3);
    assert.equal(parts.length, 3);
    // Every file that can reach a sink starts in exactly one part.
    assert.deepEqual(parts.flatMap((p) => p.starts).sort(), candidateFiles(files, read).sort());
    // No project is torn apart when its files import each other: a file and what it imports share a part.
    const partOf = new Map(parts.flatMap((p, i) => p.files.map((f) => [f, i] as const)));
    const graph = new ImportGraph(CORPUS, read, () => files);
    let edges = 0;
    for (const f of files) {
      for (const t of graph.importsOf(f)) {
        if (!partOf.has(f)) continue;
        edges++;
        assert.equal(partOf.get(t), partOf.get(f), `${path.relative(CORPUS, f)} imports ${path.relative(CORPUS, t)}`);
      }
    }
    assert.ok(edges > 100, `${edges} import edges checked`);
    const sizes = parts.map((p) => p.starts.length);
    assert.ok(Math.max(...sizes) < 2 * Math.min(...sizes), `roughly even parts: ${sizes.join(', ')}`);
  });
});

describe('request bodies typed only by type arguments (the framework package is not loaded)', () => {
  it('reads Express Request<…, Body> and Fastify route generics, and nothing from an untyped body', () => {
    const { dir, findings } = analyzeProject({
      'src/express-routes.ts': `import * as express from 'express';
import axios from 'axios';
interface PartnerLead { contactEmail: string; mobile: string; plan: string }
interface Feedback { rating: number; comment: string }
export const router = express.Router();
router.post('/leads', async (req: express.Request<{}, unknown, PartnerLead>, res) => {
  await axios.post('https://api.partnerhub.example/leads', req.body);
  res.sendStatus(202);
});
router.post('/feedback', async (req: express.Request<{}, unknown, Feedback>, res) => {
  await axios.post('https://api.partnerhub.example/feedback', req.body);
  res.sendStatus(202);
});
`,
      'src/fastify-routes.ts': `import type { FastifyInstance, FastifyRequest } from 'fastify';
interface Referral { friendName: string; friendPhone: string }
export async function routes(app: FastifyInstance) {
  app.post<{ Body: Referral }>('/referrals', async (request) => {
    await fetch('https://hooks.referrals.example/new', { method: 'POST', body: JSON.stringify(request.body) });
  });
  app.post('/waitlist', async (request: FastifyRequest<{ Body: { email: string; slot: string } }>) => {
    await fetch('https://hooks.referrals.example/waitlist', { method: 'POST', body: JSON.stringify(request.body) });
  });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), [
      'src/express-routes.ts:7 undeclared-recipient [user.contact.email, user.contact.phone_number]',
      'src/fastify-routes.ts:5 undeclared-recipient [user.contact.phone_number, user.name]',
      'src/fastify-routes.ts:8 undeclared-recipient [user.contact.email]',
    ]);
  });
});


describe('rest destructuring', () => {
  it('sends only what was not picked out, whether the object is known by its type or by its literal', () => {
    const { dir, findings } = analyzeProject({
      'src/tenants.ts': `import axios from 'axios';
interface Tenant { tenantId: string; fullName: string; email: string; flat: string; moveIn: string }
export async function reportMaintenance(tenant: Tenant, issue: string) {
  const { tenantId, fullName, email, ...home } = tenant;
  await axios.post('https://api.facility-desk.example/tickets', { ...home, issue });
}
export async function announce({ email, ...rest }: Tenant) {
  await axios.post('https://api.facility-desk.example/notices', { flat: rest.flat, list: rest });
}
export async function keepContact(tenant: Tenant) {
  const { flat, ...contact } = tenant;
  await axios.post('https://api.facility-desk.example/contacts', contact);
}
export async function fromLiteral(email: string) {
  const draft = { email, flat: 'H0201', moveIn: '2026-12-01' };
  const { email: _dropped, ...publicPart } = draft;
  await axios.post('https://api.facility-desk.example/listings', publicPart);
}
`,
    });
    assert.deepEqual(summarize(dir, findings), [
      'src/tenants.ts:8 undeclared-recipient [user.name]',
      'src/tenants.ts:12 undeclared-recipient [user.contact.email, user.name]',
    ]);
  });
});

describe('values parsed by a zod schema (zod itself is not loaded)', () => {
  it('hold the schema keys, known by name or by validator, through extend, pick and safeParse', () => {
    const { dir, findings } = analyzeProject({
      'src/schemas.ts': `import { z } from 'zod';
export const Invite = z.object({ invitee: z.string().trim().email(), workspace: z.string(), role: z.enum(['admin', 'member']) });
export const Lead = Invite.extend({ fullName: z.string().min(2) }).strict();
export const Usage = z.object({ plan: z.string(), seats: z.number().int() });
`,
      'src/routes.ts': `import { Invite, Lead, Usage } from './schemas';
export async function invite(body: unknown) {
  const parsed = Invite.safeParse(body);
  if (!parsed.success) return;
  await fetch('https://audit.example-logs.io/v1/events', { method: 'POST', body: JSON.stringify({ event: 'invited', payload: parsed.data }) });
}
export async function lead(body: unknown) {
  const data = Lead.parse(body);
  await fetch('https://api.leadbox.example/v1/leads', { method: 'POST', body: JSON.stringify(data) });
  const slim = Lead.pick({ workspace: true }).parse(body);
  await fetch('https://api.leadbox.example/v1/workspaces', { method: 'POST', body: JSON.stringify(slim) });
}
export async function usage(body: unknown) {
  await fetch('https://metrics.example-stats.io/usage', { method: 'POST', body: JSON.stringify(Usage.parse(body)) });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), [
      'src/routes.ts:5 undeclared-recipient [user.contact.email]',
      'src/routes.ts:9 undeclared-recipient [user.contact.email, user.name]',
    ]);
  });
});

describe('form values of React Hook Form (the package is not loaded)', () => {
  it('types the handleSubmit callback by useForm<Values>, destructured or through the form object', () => {
    const { dir, findings } = analyzeProject({
      'src/Signup.tsx': `import { useForm } from 'react-hook-form';
interface SignupValues { fullName: string; phone: string; newsletter: boolean }
interface SearchValues { query: string; page: number }
export function Signup() {
  const { handleSubmit } = useForm<SignupValues>();
  const search = useForm<SearchValues>();
  const save = handleSubmit(async (values) => {
    await fetch('https://api.growthdesk.example/v1/signups', { method: 'POST', body: JSON.stringify(values) });
  });
  const find = search.handleSubmit(async (values) => {
    await fetch('https://api.growthdesk.example/v1/search', { method: 'POST', body: JSON.stringify(values) });
  });
  return <form onSubmit={save} onReset={find} />;
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/Signup.tsx:8 undeclared-recipient [user.contact.phone_number, user.name]']);
  });
});

describe('objects used as maps', () => {
  it('hold the fields read as their keys, in a loop or a reduce, but a constant dictionary holds nothing', () => {
    const { dir, findings } = analyzeProject({
      'src/loyalty.ts': `interface Member { memberNumber: string; email: string; points: number }
const labels = { email: 'E-postadresse', phone: 'Telefonnummer' } as const;
export async function sync(members: Member[]) {
  const balances: Record<string, number> = {};
  for (const m of members) balances[m.memberNumber] = m.points;
  await fetch('https://loyalty.points-hub.example/balances', { method: 'POST', body: JSON.stringify(balances) });
  const byEmail = members.reduce<Record<string, number>>((acc, m) => {
    acc[m.email] = m.points;
    return acc;
  }, {});
  await fetch('https://loyalty.points-hub.example/by-email', { method: 'POST', body: JSON.stringify(byEmail) });
  const totals = members.reduce<Record<string, number>>((acc, m) => {
    acc['points'] = (acc['points'] ?? 0) + m.points;
    return acc;
  }, {});
  await fetch('https://loyalty.points-hub.example/totals', { method: 'POST', body: JSON.stringify({ totals, labels }) });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), [
      'src/loyalty.ts:6 undeclared-recipient [user.unique_id]',
      'src/loyalty.ts:11 undeclared-recipient [user.contact.email]',
    ]);
  });
});

describe('submitted forms and query strings', () => {
  it('name their fields by key: FormData, request.formData() and searchParams, not any get()', () => {
    const { dir, findings } = analyzeProject({
      'src/forms.ts': `export async function submitQuote(form: HTMLFormElement) {
  const data = new FormData(form);
  const lead = { company: String(data.get('firma') ?? ''), epost: String(data.get('epost') ?? '') };
  await fetch('https://leads.salgsmotor.example/api/leads', { method: 'POST', body: JSON.stringify(lead) });
}
export async function POST(request: Request) {
  const body = await request.formData();
  const url = new URL(request.url);
  await fetch('https://hooks.crm-bridge.example/in', { method: 'POST', body: JSON.stringify({ phone: body.get('phone'), ref: url.searchParams.get('email') }) });
}
export async function cached(cache: Map<string, string>) {
  await fetch('https://cache-stats.example/v1', { method: 'POST', body: JSON.stringify({ hit: cache.get('email') !== undefined }) });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), [
      'src/forms.ts:4 undeclared-recipient [user.contact.email]',
      'src/forms.ts:9 undeclared-recipient [user.contact.email, user.contact.phone_number]',
    ]);
  });
});

describe('domain events on an EventEmitter', () => {
  it('give a handler what the emit sites of that event on that emitter put in', () => {
    const { dir, findings } = analyzeProject({
      'src/events.ts': `import { EventEmitter } from 'node:events';
export const bus = new EventEmitter();
export const audit = new EventEmitter();
`,
      'src/signup.ts': `import { bus, audit } from './events';
export function signup(body: { email: string; plan: string }) {
  bus.emit('member.joined', { contact: body.email, plan: body.plan });
  audit.emit('member.left', { reason: 'n/a' });
}
`,
      'src/handlers.ts': `import { createReadStream } from 'node:fs';
import { bus, audit } from './events';
bus.on('member.joined', async (evt) => {
  await fetch('https://api.mailflow.example/v1/welcome', { method: 'POST', body: JSON.stringify({ to: evt.contact }) });
});
bus.once('member.left', async (evt) => {
  await fetch('https://api.mailflow.example/v1/goodbye', { method: 'POST', body: JSON.stringify(evt) });
});
audit.on('member.joined', async (evt) => {
  await fetch('https://stats.example-metrics.io/joins', { method: 'POST', body: JSON.stringify(evt) });
});
createReadStream('members.csv').on('data', async (chunk) => {
  await fetch('https://stats.example-metrics.io/bytes', { method: 'POST', body: String(chunk.length) });
});
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/handlers.ts:4 undeclared-recipient [user.contact.email]']);
  });
});
