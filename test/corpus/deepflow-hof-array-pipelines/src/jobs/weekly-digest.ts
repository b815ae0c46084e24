import axios from 'axios';
import got from 'got';
import { activeMembers, type Member } from '../members/repository';
import { formatName, isBirthdayToday, isoWeek, planLabel } from '../lib/format';

const MAILER = 'https://api.postkasse-mail.example/v1/campaigns';
const STATS = 'https://metrics.dashboardly.example/ingest/members';
const SMS = 'https://sms.textline.example/send';
const CRM_NAMES = 'https://crm.medlemsnett.example/import/names';
const GIFTS = 'https://api.gavekort-partner.example/birthday-cards';
const LOYALTY = 'https://loyalty.poengkassa.example/balances';
const PRICING = 'https://pricing.dashboardly.example/active-plans';

export async function runWeeklyDigest(now = new Date()): Promise<void> {
  const members = await activeMembers();
  const week = isoWeek(now);

  const recipients = members
    .filter((m) => m.digestOptIn)
    .map((m) => ({ email: m.email, firstName: m.firstName }));
  await axios.post(MAILER, { campaign: `digest-${week}`, recipients });

  const perPlan = members.reduce<Record<string, number>>((acc, m) => {
    const label = planLabel(m.plan);
    acc[label] = (acc[label] ?? 0) + 1;
    return acc;
  }, {});
  await axios.post(STATS, { week, total: members.length, perPlan });

  members
    .filter((m) => m.smsOptIn && m.phone)
    .forEach((m) => {
      void fetch(SMS, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: m.phone, text: `Ukens tilbud er klare, ${planLabel(m.plan)}-medlem!` }),
      }).catch((err) => console.error('sms failed', err));
    });

  await axios.post(CRM_NAMES, { names: members.map(formatName) });

  const birthdayCards = members.filter((m) => isBirthdayToday(m, now)).map((m) => ({
    memberNumber: m.memberNumber,
    email: m.email,
  }));
  if (birthdayCards.length > 0) {
    await got.post(GIFTS, { json: { cards: birthdayCards, amountNok: 100 } });
  }

  const balances = members.reduce<Record<string, number>>((acc, m: Member) => {
    acc[m.memberNumber] = m.points;
    return acc;
  }, {});
  await got.post(LOYALTY, { json: { asOf: now.toISOString(), balances } });

  const plans = [...new Set(members.map((m) => m.plan))].sort();
  await fetch(PRICING, { method: 'PUT', body: JSON.stringify({ week, plans }) });
}
