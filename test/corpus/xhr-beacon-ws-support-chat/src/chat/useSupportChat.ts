import { useCallback, useEffect, useRef, useState } from 'react';
import { useCurrentCustomer } from '../auth/customer-context';

export interface ChatLine {
  from: 'agent' | 'me' | 'system';
  text: string;
  at: number;
}

const WIDGET_ID = 'lumen-web-3';
const CHAT_SOCKET = `wss://chat.supportly.io/v2/socket?widget=${WIDGET_ID}`;
const DEV_ECHO = 'ws://localhost:8787/echo';

export function useSupportChat() {
  const customer = useCurrentCustomer();
  const socketRef = useRef<WebSocket | null>(null);
  const [lines, setLines] = useState<ChatLine[]>([]);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    if (!customer) return undefined;
    const ws = new WebSocket(CHAT_SOCKET);
    socketRef.current = ws;

    ws.addEventListener('open', () => {
      setConnected(true);
      ws.send(JSON.stringify({ type: 'identify', customerEmail: customer.email, customerName: customer.name }));
    });
    ws.addEventListener('message', (event) => {
      const msg = JSON.parse(String(event.data)) as { type: string; text?: string };
      if (msg.type === 'agent_message' && msg.text) {
        setLines((cur) => [...cur, { from: 'agent', text: msg.text!, at: Date.now() }]);
      }
    });
    ws.addEventListener('close', () => setConnected(false));

    let devSocket: WebSocket | null = null;
    if (process.env.NODE_ENV === 'development') {
      devSocket = new WebSocket(DEV_ECHO);
      devSocket.addEventListener('open', () => {
        devSocket?.send(JSON.stringify({ debug: 'chat-identify', customerEmail: customer.email }));
      });
    }

    return () => {
      ws.close(1000, 'unmount');
      devSocket?.close();
    };
  }, [customer]);

  const sendMessage = useCallback((text: string) => {
    const ws = socketRef.current;
    if (!ws || ws.readyState !== WebSocket.OPEN) return;
    ws.send(JSON.stringify({ type: 'message', text }));
    setLines((cur) => [...cur, { from: 'me', text, at: Date.now() }]);
  }, []);

  const sendTyping = useCallback(() => {
    socketRef.current?.send(JSON.stringify({ type: 'typing' }));
  }, []);

  return { lines, connected, sendMessage, sendTyping };
}
