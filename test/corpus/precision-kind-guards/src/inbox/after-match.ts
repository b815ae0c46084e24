import { notifyMatch, type InboxMeta, type MatchPayload } from '../notify/providers';

interface MatchResult {
  action: 'auto_matched' | 'suggestion_created' | 'no_match';
  confidence: number;
}

interface InboxRow {
  id: string;
  displayName: string;
  meta: { source: 'email' | 'messaging'; phoneNumber?: string };
}

export async function afterMatching(teamId: string, item: InboxRow, result: MatchResult): Promise<void> {
  const inboxMeta: InboxMeta = { source: item.meta.source, senderPhone: item.meta.phoneNumber };
  const base = { inboxId: item.id, documentName: item.displayName };

  if (result.action === 'auto_matched') {
    // Matched with certainty: the sender is not asked anything.
    await notifyMatch(teamId, { ...base, matchType: 'auto_matched' as const }, inboxMeta);
  } else if (result.action === 'suggestion_created') {
    const matchType: MatchPayload['matchType'] = result.confidence > 0.9 ? 'high_confidence' : 'suggested';
    await notifyMatch(teamId, { ...base, matchType }, inboxMeta);
  }
}

export async function rematchFromChat(teamId: string, item: InboxRow): Promise<void> {
  await notifyMatch(
    teamId,
    { inboxId: item.id, documentName: item.displayName, matchType: 'suggested' },
    { source: 'messaging', senderPhone: item.meta.phoneNumber },
  );
}
