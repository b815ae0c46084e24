interface Integration {
  id: string;
  name: string;
  picture: string;
  token: string;
}

interface Workspace {
  id: string;
  name: string;
  slug: string;
}

const SLACK = "https://slack.com/api";

export async function postAsIntegration(integration: Integration, workspace: Workspace, channel: string, message: string) {
  const res = await fetch(`${SLACK}/chat.postMessage`, {
    method: "POST",
    headers: { Authorization: `Bearer ${integration.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      channel,
      text: message,
      username: integration.name,
      icon_url: integration.picture,
      metadata: { event_type: "workspace_update", event_payload: { name: workspace.name, slug: workspace.slug } },
    }),
  });
  return res.ok;
}

export async function announceMember(integration: Integration, channel: string, member: { name: string; role: string }) {
  await fetch(`${SLACK}/chat.postMessage`, {
    method: "POST",
    headers: { Authorization: `Bearer ${integration.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, username: integration.name, text: `${member.name} joined as ${member.role}` }),
  });
}
