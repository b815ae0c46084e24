import { useCallback, useState } from 'react';
import { useSession } from './useSession';

const CHAT_API = 'https://widget.chatvendor.example/api/v2';

export function useSupportChat(topic: string) {
  const { user } = useSession();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = useCallback(
    async (message: string) => {
      setSending(true);
      setError(null);
      try {
        const res = await fetch(`${CHAT_API}/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            topic,
            message,
            visitor: user ? { email: user.email, name: user.fullName } : { anonymous: true },
          }),
        });
        if (!res.ok) throw new Error(`chat ${res.status}`);
      } catch (err) {
        setError(err instanceof Error ? err.message : 'unknown');
      } finally {
        setSending(false);
      }
    },
    [topic, user],
  );

  const agentsOnline = useCallback(async () => {
    const res = await fetch(`${CHAT_API}/availability?topic=${encodeURIComponent(topic)}`);
    return res.ok ? ((await res.json()) as { online: number }).online : 0;
  }, [topic]);

  return { send, sending, error, agentsOnline };
}
