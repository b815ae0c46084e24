/** Posts to the #growth channel through an incoming webhook. */
const GROWTH_WEBHOOK = 'https://hooks.slack.com/services/T0000/B0000/growth';

export async function postToGrowthChannel(text: string): Promise<void> {
  const res = await fetch(GROWTH_WEBHOOK, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, unfurl_links: false }),
  });
  if (!res.ok) console.warn(`slack webhook answered ${res.status}`);
}

export function weeklySummary(signups: number, trials: number): Promise<void> {
  return postToGrowthChannel(`This week: ${signups} sign-ups, ${trials} trials started`);
}
