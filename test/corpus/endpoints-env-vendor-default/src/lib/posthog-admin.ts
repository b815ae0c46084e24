// PostHog's REST API for erasing a person, called with a personal API key. Self-hosted
// PostHog is set through POSTHOG_API_HOST; PostHog Cloud (US) otherwise.
const apiHost = process.env.POSTHOG_API_HOST ?? "https://us.posthog.com";

export async function deleteAnalyticsPerson({ distinctId }: { distinctId: string }) {
  const apiKey = process.env.POSTHOG_PERSONAL_API_KEY;
  const projectId = process.env.POSTHOG_PROJECT_ID;
  if (!apiKey || !projectId) return;

  const headers = { Authorization: `Bearer ${apiKey}` };
  const res = await fetch(
    `${apiHost}/api/projects/${projectId}/persons/?distinct_id=${encodeURIComponent(distinctId)}`,
    { headers, signal: AbortSignal.timeout(10_000) },
  );
  if (!res.ok) throw new Error(`PostHog person lookup failed: ${res.status}`);
}
