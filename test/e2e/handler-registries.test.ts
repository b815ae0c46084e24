import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeProject, summarize } from '../support/temp-project';

const MAILER = `import { Resend } from 'resend';
const resend = new Resend(process.env.RESEND_API_KEY!);

export interface Message { to: string[]; subject: string; body: string }

export async function deliver(messages: Message[]) {
  for (const m of messages) {
    await resend.emails.send({ from: 'Billing <billing@acme.example>', to: m.to, subject: m.subject, text: m.body });
  }
}
`;

describe('handler registries: code handed over by the caller', () => {
  it('an any-typed handler makes its message from the data, whatever field names it uses', () => {
    const { dir, findings } = analyzeProject({
      'src/mailer.ts': MAILER,
      'src/registry.ts': `import { deliver, type Message } from './mailer';
import { reminder } from './templates';

const templates = { reminder } as const;

export class Notifier {
  async notify(kind: keyof typeof templates, payload: Record<string, unknown>) {
    const template = templates[kind];
    const messages = [this.#render(template, payload)];
    await deliver(messages);
  }

  #render(template: any, payload: Record<string, unknown>): Message {
    return template.build(payload);
  }
}
`,
      'src/templates.ts': `export const reminder = {
  build: (data: { customerEmail: string; customerName: string; amount: number }) => ({
    to: [data.customerEmail],
    subject: 'Payment reminder',
    body: \`Dear \${data.customerName}, \${data.amount} is due.\`,
  }),
};
`,
      'src/jobs.ts': `import { Notifier } from './registry';
const notifier = new Notifier();

export async function remind(invoice: { id: string; amount: number; customer: { email: string; name: string } }) {
  await notifier.notify('reminder', { customerEmail: invoice.customer.email, customerName: invoice.customer.name, amount: invoice.amount });
}

export async function remindOps(invoiceId: string) {
  await notifier.notify('reminder', { invoiceId, queue: 'ops' });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/jobs.ts:5 undeclared-recipient [user.contact.email, user.name]']);
  });

  it('a handler typed by an interface of the codebase: its implementation is whatever the caller passes', () => {
    const { dir, findings } = analyzeProject({
      'src/mailer.ts': MAILER,
      'src/dispatch.ts': `import { deliver, type Message } from './mailer';

export interface MessageBuilder {
  build(data: Record<string, unknown>): Message;
}

export async function dispatch(builder: MessageBuilder, data: Record<string, unknown>) {
  const message = builder.build(data);
  await deliver([{ to: message.to, subject: message.subject, body: message.body }]);
}
`,
      'src/signup.ts': `import { dispatch, type MessageBuilder } from './dispatch';

const welcome: MessageBuilder = {
  build: (data) => ({ to: [String(data.address)], subject: 'Welcome', body: 'Glad to have you.' }),
};

export async function onSignup(form: { email: string; company: string }) {
  await dispatch(welcome, { address: form.email, company: form.company });
}

export async function onPlanChange(plan: string) {
  await dispatch(welcome, { plan, changedAt: Date.now() });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/signup.ts:8 undeclared-recipient [user.contact.email]']);
  });

  it('a sink behind a flag parameter is not reached from callers that leave the flag false or unset', () => {
    const { dir, findings } = analyzeProject({
      '.disclose.yaml': 'internal:\n  hosts: ["activity.internal"]\n',
      'src/mailer.ts': MAILER,
      'src/activity.ts': `import { deliver } from './mailer';

export interface ActivityOptions { sendEmail?: boolean; priority?: number }

async function saveActivity(kind: string, customerName: string) {
  await fetch('http://activity.internal/v1/activities', { method: 'POST', body: JSON.stringify({ kind, customerName }) });
}

export async function recordActivity(kind: string, customer: { email: string; name: string }, options?: ActivityOptions) {
  await saveActivity(kind, customer.name);
  const sendEmail = options?.sendEmail ?? false;
  if (sendEmail && kind !== 'internal') {
    await deliver([{ to: [customer.email], subject: kind, body: \`Hello \${customer.name}\` }]);
  }
}

export async function recordQuietly(kind: string, customer: { email: string; name: string }, opts: ActivityOptions) {
  if (!opts.sendEmail) return;
  await deliver([{ to: [customer.email], subject: kind, body: 'Your invoice was sent.' }]);
}
`,
      'src/handlers.ts': `import { recordActivity, recordQuietly } from './activity';

type Customer = { email: string; name: string };

export async function invoiceSent(customer: Customer) {
  await recordActivity('invoice_sent', customer, { sendEmail: true });
}

export async function invoiceCancelled(customer: Customer) {
  await recordActivity('invoice_cancelled', customer, { sendEmail: false });
  await recordActivity('invoice_scheduled', customer);
  await recordActivity('invoice_viewed', customer, { priority: 3 });
  await recordQuietly('invoice_cancelled', customer, { sendEmail: false });
}

export async function invoiceOverdue(customer: Customer, notify: boolean) {
  await recordQuietly('invoice_overdue', customer, { sendEmail: notify });
}
`,
    });
    assert.deepEqual(summarize(dir, findings), [
      'src/handlers.ts:6 undeclared-recipient [user.contact.email, user.name]',
      'src/handlers.ts:17 undeclared-recipient [user.contact.email]',
    ]);
  });

  it("a callback's own flags do not stand for the enclosing function's parameters", () => {
    const { dir, findings } = analyzeProject({
      'src/mailer.ts': MAILER,
      'src/invites.ts': `import { deliver } from './mailer';

interface Member { email: string; active: boolean }

export async function inviteAll(opts: { dryRun?: boolean }, members: Member[]) {
  members.forEach((m) => {
    if (m.active) void deliver([{ to: [m.email], subject: 'You are invited', body: 'Join the workspace.' }]);
  });
}
`,
      'src/team.ts': `import { inviteAll } from './invites';

export async function onTeamCreated(team: { members: { email: string; active: boolean }[] }) {
  await inviteAll({ dryRun: false }, team.members);
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/team.ts:4 undeclared-recipient [user.contact.email]']);
  });

  it('follows private #methods of a class as wrappers', () => {
    const { dir, findings } = analyzeProject({
      'src/mailer.ts': MAILER,
      'src/welcome.ts': `import { deliver } from './mailer';

export class WelcomeFlow {
  async start(user: { email: string; fullName: string }) {
    await this.#send(user.email, \`Welcome, \${user.fullName}\`);
  }

  async #send(address: string, body: string) {
    await deliver([{ to: [address], subject: 'Welcome', body }]);
  }
}
`,
    });
    assert.deepEqual(summarize(dir, findings), ['src/welcome.ts:5 undeclared-recipient [user.contact.email, user.name]']);
  });
});
