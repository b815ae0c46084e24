import axios from 'axios';
import { weeklyCounts } from './lead-store.mjs';

const SLACK_URL = 'https://hooks.slack.com/services/T0001/B0002/marketing';
const MAILCRATE_CAMPAIGNS = 'https://api.mailcrate.io/3.0/campaigns';

async function fetchNokRate() {
  const { data } = await axios.get('https://api.exchangerate.example/latest', {
    params: { base: 'EUR', symbols: 'NOK' },
  });
  return data.rates.NOK;
}

export async function runWeeklyReport(now = new Date()) {
  const since = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
  const { total, converted } = weeklyCounts(since);
  const rate = await fetchNokRate().catch(() => null);
  const spendNok = rate ? Math.round(1200 * rate) : 'n/a';

  await axios.post(SLACK_URL, {
    text: `${total} new leads this week, ${converted} converted. Ad spend: ${spendNok} NOK`,
  });

  await axios.post(MAILCRATE_CAMPAIGNS, {
    type: 'regular',
    recipients: { list_id: 'b91c20d7' },
    settings: { emailTemplateId: 'weekly-digest', subject_line: 'This week at Lumen' },
  }, { headers: { Authorization: `apikey ${process.env.MAILCRATE_KEY}` } });
}

runWeeklyReport().catch((err) => {
  console.error('weekly report failed', err);
  process.exitCode = 1;
});
