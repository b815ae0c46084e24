import { useEffect, useState } from 'react';
import axios from 'axios';
import * as Sentry from '@sentry/react';
import { useSession } from '../hooks/useSession';
import { useSupportChat } from '../hooks/useSupportChat';

interface CartItem {
  sku: string;
  quantity: number;
}

function deviceId(): string {
  let id = localStorage.getItem('device-id');
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem('device-id', id);
  }
  return id;
}

export function CheckoutPage({ items }: { items: CartItem[] }) {
  const { user } = useSession();
  const chat = useSupportChat('checkout');
  const [forecast, setForecast] = useState<string | null>(null);
  const [inStock, setInStock] = useState<boolean[]>([]);

  useEffect(() => {
    Sentry.captureMessage('checkout opened', 'info');
    Promise.all(items.map(async (item) => {
      const res = await fetch(`https://stock.lagerstatus.example/v1/items/${item.sku}?qty=${item.quantity}`);
      return res.ok;
    })).then(setInStock);

    navigator.geolocation.getCurrentPosition((pos) => {
      void fetch(`https://api.vaerpaa.example/forecast?lat=${pos.coords.latitude}&lon=${pos.coords.longitude}`)
        .then((res) => res.json())
        .then((data: { summary: string }) => setForecast(data.summary));
    });
  }, [items]);

  async function submitOrder() {
    if (!user) return;
    const { data: risk } = await axios.post<{ score: number }>('https://api.fraudguard.example/v1/score', {
      email: user.email,
      deviceId: deviceId(),
      itemCount: items.length,
    });
    if (risk.score > 80) {
      await chat.send('Jeg får ikke fullført bestillingen.');
      return;
    }
    await Promise.all(
      items.map((item) => fetch('/api/cart/reserve', { method: 'POST', body: JSON.stringify(item) })),
    );
  }

  return (
    <section>
      {forecast && <p className="hint">Levering i morgen – meldt vær: {forecast}</p>}
      {inStock.includes(false) && <p className="warning">Noen varer er utsolgt.</p>}
      <button onClick={() => void submitOrder()}>Fullfør bestilling</button>
    </section>
  );
}
