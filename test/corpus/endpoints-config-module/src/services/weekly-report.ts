import axios from 'axios';
import { CRM_BASE_URL, ENRICHMENT_URL, USER_AGENT } from '../config/endpoints';
import { contactsChangedSince } from '../db/contacts';

const REPORT_BASE = `${CRM_BASE_URL}/reports`;
const HEADERS = { 'User-Agent': USER_AGENT };

function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export async function sendWeeklyReport(now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - 7 * 86_400_000);
  const contacts = await contactsChangedSince(since);

  await axios.post(`${REPORT_BASE}/weekly`, { week: isoWeek(now), changedContacts: contacts.length }, { headers: HEADERS });

  const bounced = contacts.filter((contact) => contact.bounced);
  if (bounced.length > 0) {
    await axios.post(
      `${ENRICHMENT_URL}/v1/batch/revalidate`,
      { emails: bounced.map((contact) => contact.email) },
      { headers: HEADERS },
    );
  }
}
