import { type WebClient } from '@slack/web-api';

export interface NewMember {
  id: string;
  email: string;
  fullName: string;
  company?: string;
}

const SALES_CHANNEL = process.env.SLACK_SALES_CHANNEL ?? '#salg';

/** Posts a new sign-up to the sales channel so someone can reach out the same day. */
export async function announceSignup(client: WebClient, member: NewMember): Promise<void> {
  const who = member.company ? `${member.fullName} (${member.company})` : member.fullName;
  await client.chat.postMessage({
    channel: SALES_CHANNEL,
    text: `Ny kunde: ${who} <${member.email}>`,
    unfurl_links: false,
  });
}

/** Deploy notices carry no customer data. */
export async function announceDeploy(client: WebClient, version: string): Promise<void> {
  await client.chat.postMessage({ channel: '#drift', text: `Versjon ${version} er ute i produksjon` });
}
