import axios from 'axios';
import mixpanel from 'mixpanel';
import { loadAccount, planSummary, type Account } from '../lib/accounts';

const PROFITWELL = 'https://api.profitwell.com/v2/metrics/seats';
const CHARGEBEE = 'https://acme.chargebee.com/api/v2';
const FORECAST = 'https://api.forecastly.example/v1/expansion';
const SUCCESS_TOOL = 'https://api.successhub.example/v1/signals';

const mp = mixpanel.init(process.env.MIXPANEL_TOKEN ?? '');

export async function onSeatChange(accountKey: string, newSeats: number): Promise<void> {
  const account: Account = await loadAccount(accountKey);
  const delta = newSeats - account.seats;

  // The metrics vendor only gets plan and seat figures, even though the whole account is in scope.
  await axios.post(PROFITWELL, { plan: account.plan, seats: newSeats, delta });

  const { plan, seats, theme } = account;
  mp.track('Seats Changed', { plan, seats, theme, delta });

  const { userId, email, phone, fullName, ...nonPersonal } = account;
  await axios.post(FORECAST, { ...nonPersonal, newSeats });

  await axios.post(`${SUCCESS_TOOL}/expansion`, { summary: planSummary(account), direction: delta > 0 ? 'up' : 'down' });

  // Billing needs to know whom to invoice: the partner declares the purpose.
  await axios.post(`${CHARGEBEE}/subscriptions/${accountKey}/update_for_items`, {
    subscription_items: [{ item_price_id: `${account.plan}-seat-NOK-monthly`, quantity: newSeats }],
    invoice_email: email,
  });

  if (delta < -5) {
    await axios.post(`${SUCCESS_TOOL}/churn-risk`, { plan, seats: newSeats, owner: fullName });
  }
}

export async function exportAccountForDebugging(accountKey: string): Promise<void> {
  const account = await loadAccount(accountKey);
  await axios.post('https://api.debugdump.example/v1/snapshots', { label: 'seat-change', account });
}
