import { FormEvent, useEffect, useState } from 'react';
import { useSupportChat } from './useSupportChat';
import { useCurrentCustomer } from '../auth/customer-context';

export function ChatWidget() {
  const customer = useCurrentCustomer();
  const { lines, connected, sendMessage, sendTyping } = useSupportChat();
  const [draft, setDraft] = useState('');
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open || !customer) return undefined;
    const presence = new WebSocket('wss://presence.pulsehub.example/ws');
    presence.onopen = () => {
      presence.send(JSON.stringify({ op: 'join', room: 'support', customerId: customer.customerId }));
    };
    return () => presence.close();
  }, [open, customer]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!draft.trim()) return;
    sendMessage(draft.trim());
    setDraft('');
  }

  if (!open) {
    return <button onClick={() => setOpen(true)}>Chat med oss</button>;
  }

  return (
    <aside className="chat-widget">
      <header>{connected ? 'Kundeservice er pålogget' : 'Kobler til …'}</header>
      <ol>
        {lines.map((line) => (
          <li key={line.at} className={line.from}>{line.text}</li>
        ))}
      </ol>
      <form onSubmit={onSubmit}>
        <input value={draft} onChange={(e) => { setDraft(e.target.value); sendTyping(); }} />
        <button type="submit" disabled={!connected}>Send</button>
      </form>
    </aside>
  );
}
