import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface WebhookSubscription {
  id: string;
  workspaceId: string;
  event: string;
  targetUrl: string;
}

/** The webhook URLs customers registered in the dashboard for an event, paused ones left out. */
export async function listActiveSubscriptions(event: string): Promise<WebhookSubscription[]> {
  const { rows } = await pool.query(
    'select id, workspace_id as "workspaceId", event, target_url as "targetUrl" from webhook_subscriptions where event = $1 and paused_at is null',
    [event],
  );
  return rows;
}
