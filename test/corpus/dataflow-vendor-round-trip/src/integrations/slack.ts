interface SlackOAuthReply {
  ok: boolean;
  access_token: string;
  bot_user_id: string;
  team: { id: string; name: string };
  authed_user: { id: string };
}

const SLACK_API = "https://slack.com/api";

export async function connectSlack(code: string, redirectUri: string) {
  const reply = (await (
    await fetch(`${SLACK_API}/oauth.v2.access`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ client_id: process.env.SLACK_CLIENT_ID!, client_secret: process.env.SLACK_CLIENT_SECRET!, code, redirect_uri: redirectUri }),
    })
  ).json()) as SlackOAuthReply;
  if (!reply.ok) throw new Error("Slack OAuth failed");

  const bot = await fetch(`${SLACK_API}/users.info?user=${reply.bot_user_id}`, {
    headers: { Authorization: `Bearer ${reply.access_token}` },
  });
  const installer = await fetch(`${SLACK_API}/users.profile.get?user=${reply.authed_user.id}`, {
    headers: { Authorization: `Bearer ${reply.access_token}` },
  });

  await fetch("https://in.logs.betterstack.com/", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.LOGTAIL_TOKEN}` },
    body: JSON.stringify({ message: "slack connected", slackUserId: reply.authed_user.id, team: reply.team.id }),
  });
  return { bot: await bot.json(), installer: await installer.json() };
}
