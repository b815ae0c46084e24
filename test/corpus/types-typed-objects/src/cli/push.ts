#!/usr/bin/env node
import axios from 'axios';
import { Subscriber, type Customer, type PlanChange } from '../types';
import * as repo from '../repo';

const ACCOUNTING = 'https://api.regnskapsbyraa-partner.no/v1';
const NEWSLETTER = 'https://api.nyhetsbrev-tjeneste.no/v3/subscribers';
const SUPPORT_WIDGET = 'https://widget.supportdesk-cloud.com/api/config';
const auth = { headers: { Authorization: `Bearer ${process.env.PARTNER_TOKEN}` } };

async function pushCustomer(): Promise<void> {
  const customerNumber = process.argv[3];
  if (!customerNumber) throw new Error('usage: push customer <customer-number>');
  const customer: Customer = await repo.customerByNumber(customerNumber);
  await fetch(`${ACCOUNTING}/customers`, {
    method: 'POST',
    headers: { ...auth.headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(customer),
  });
}

async function pushAll(): Promise<void> {
  const customers = await repo.allCustomers();
  for (let i = 0; i < customers.length; i += 200) {
    await axios.post(`${ACCOUNTING}/customers/bulk`, customers.slice(i, i + 200), auth);
  }
  const changes: PlanChange[] = await repo.pendingPlanChanges();
  if (changes.length > 0) {
    await axios.post(`${ACCOUNTING}/plan-changes`, changes, auth);
  }
}

async function pushStatement(): Promise<void> {
  const full = await repo.customerWithInvoices(process.argv[3] ?? '');
  const res = await fetch(`${ACCOUNTING}/statements`, {
    method: 'POST',
    headers: { ...auth.headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(full),
  });
  console.log(`statement pushed: ${res.status}`);
}

async function syncWidget(): Promise<void> {
  const settings = await repo.workspaceSettings();
  await axios.put(SUPPORT_WIDGET, settings, { headers: { 'X-Widget-Key': process.env.WIDGET_KEY ?? '' } });

  const customers = await repo.allCustomers();
  const subscribers = customers.filter((c) => c.plan !== 'trial').map((c) => new Subscriber(c.email, c.plan));
  for (const subscriber of subscribers) {
    await axios.post(NEWSLETTER, subscriber, { headers: { 'X-Api-Key': process.env.NEWSLETTER_KEY ?? '' } });
  }
}

const commands: Record<string, () => Promise<void>> = {
  customer: pushCustomer,
  all: pushAll,
  statement: pushStatement,
  widget: syncWidget,
};

const command = commands[process.argv[2] ?? ''];
if (!command) {
  console.error(`usage: push <${Object.keys(commands).join('|')}> [customer-number]`);
  process.exit(2);
}
command()
  .then(() => repo.close())
  .catch((err) => {
    console.error((err as Error).message);
    process.exit(1);
  });
