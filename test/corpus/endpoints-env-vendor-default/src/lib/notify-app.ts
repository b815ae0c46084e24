// The web app's internal webhook; local development falls back to the hosted app.
const appUrl = process.env.APP_URL || "https://app.accounts-example.com";

export async function notifyAccountDeleted(account: { userId: string; email: string }) {
  const res = await fetch(`${appUrl}/api/internal/account-deleted`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-internal-token": process.env.INTERNAL_TOKEN ?? "" },
    body: JSON.stringify({ userId: account.userId, email: account.email }),
  });
  if (!res.ok) throw new Error(`App notification failed: ${res.status}`);
}
