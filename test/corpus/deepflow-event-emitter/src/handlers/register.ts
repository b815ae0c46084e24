import got from 'got';
import * as Sentry from '@sentry/node';
import { bus, type AccountDeletedEvent, type OrderPaidEvent, type SignedUpEvent } from '../events/bus';

const WELCOME_MAIL = 'https://api.mailflow.example/v1/send';
const REFERRALS = 'https://api.vervepartner.example/conversions';
const REVENUE = 'https://stats.omsetning.example/ingest';
const ACCOUNTS = 'http://accounts.internal.bokfly.no';
const CRM_CONTACTS = 'https://api.crmcloud.example/v2/contacts';

export function registerHandlers(): void {
  bus.on('user.signedUp', async (evt: SignedUpEvent) => {
    await got.post(WELCOME_MAIL, {
      json: { to: evt.contact, template: evt.locale === 'nb' ? 'velkommen' : 'welcome' },
    });
  });

  bus.on('user.signedUp', (evt: SignedUpEvent) => {
    Sentry.addBreadcrumb({ category: 'signup', message: 'user signed up', data: { userId: evt.userId } });
  });

  bus.on('user.signedUp', async ({ referralCode }: SignedUpEvent) => {
    if (!referralCode) return;
    await got.post(REFERRALS, { json: { code: referralCode, convertedAt: new Date().toISOString() } });
  });

  bus.on('order.paid', async (evt: OrderPaidEvent) => {
    await fetch(REVENUE, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ amount: evt.amountNok, items: evt.items }),
    });
  });

  bus.once('account.deleted', async ({ userId, reason }: AccountDeletedEvent) => {
    await fetch(`${ACCOUNTS}/tombstones`, {
      method: 'POST',
      body: JSON.stringify({ userId, reason }),
    });
  });

  bus.on('account.deleted', async (evt: AccountDeletedEvent) => {
    // Right to erasure: the CRM must forget the contact as well.
    await got.delete(`${CRM_CONTACTS}/by-external-id/${encodeURIComponent(evt.userId)}`, {
      headers: { authorization: `Bearer ${process.env.CRM_TOKEN ?? ''}` },
    });
  });
}
