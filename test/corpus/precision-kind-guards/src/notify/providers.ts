const MESSAGING_API = 'https://graph.chatcloud.example/v19.0';

export interface MatchPayload {
  inboxId: string;
  documentName: string;
  matchType: 'auto_matched' | 'high_confidence' | 'suggested';
}

export interface InboxMeta {
  source: 'email' | 'messaging';
  senderPhone?: string;
}

/**
 * Tells the person who sent a receipt by chat that it needs a look. Receipts matched
 * automatically need nothing from them, so those are never messaged.
 */
export async function notifyMatch(teamId: string, payload: MatchPayload, meta?: InboxMeta): Promise<void> {
  if (meta?.source !== 'messaging') return;
  const phone = meta.senderPhone;
  if (!phone || payload.matchType === 'auto_matched') {
    return;
  }
  await sendChatMessage(phone, `Receipt "${payload.documentName}" needs your review (${payload.matchType}).`);
  console.info('match notification sent', { teamId, inboxId: payload.inboxId });
}

async function sendChatMessage(to: string, text: string): Promise<void> {
  const res = await fetch(`${MESSAGING_API}/${process.env.CHAT_PHONE_ID}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.CHAT_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'chat', to, type: 'text', text: { body: text } }),
  });
  if (!res.ok) throw new Error(`chat message failed: ${res.status}`);
}
