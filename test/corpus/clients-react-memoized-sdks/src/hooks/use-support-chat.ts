import { useMemo } from 'react';
import { PostHog } from 'posthog-node';
import { StreamChat } from 'stream-chat';

export interface Member {
  id: string;
  email: string;
  displayName: string;
}

/** One client per mounted dashboard; React keeps it between renders. */
export function useSupportChat(member: Member) {
  const chat = useMemo(() => StreamChat.getInstance(process.env.NEXT_PUBLIC_STREAM_KEY ?? ''), []);
  const audit = useMemo(() => new PostHog(process.env.NEXT_PUBLIC_POSTHOG_KEY ?? 'phc_dev'), []);

  return async function openChat() {
    await chat.connectUser({ id: member.id, name: member.displayName }, process.env.NEXT_PUBLIC_STREAM_TOKEN ?? '');
    audit.capture({ distinctId: member.id, event: 'support chat opened', properties: { email: member.email } });
  };
}
