import { useState } from 'react';
import { useForm } from 'react-hook-form';
import * as Sentry from '@sentry/react';

export interface CheckoutValues {
  fullName: string;
  email: string;
  phone: string;
  deliveryAddress: string;
  postalCode: string;
  shippingMethod: 'pickup' | 'home';
  giftWrap: boolean;
}

const BRING = 'https://api.bring.example';
const CART_RECOVERY = 'https://api.cartrecovery.example/v1/drafts';

export function CheckoutForm({ cartId, weightGrams }: { cartId: string; weightGrams: number }) {
  const { register, handleSubmit, getValues, formState } = useForm<CheckoutValues>({
    defaultValues: { shippingMethod: 'pickup', giftWrap: false },
  });
  const [price, setPrice] = useState<number | null>(null);

  async function estimateShipping() {
    const method = getValues('shippingMethod');
    const res = await fetch(`${BRING}/shippingguide/v2/price?product=${method}&weight=${weightGrams}`);
    const quote = (await res.json()) as { amountNok: number };
    setPrice(quote.amountNok);
  }

  const onSubmit = async (data: CheckoutValues) => {
    Sentry.setUser({ email: data.email });

    const order = await fetch(`/api/checkout/${cartId}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
    });
    if (!order.ok) {
      Sentry.captureMessage(`checkout failed with ${order.status}`, 'warning');
      return;
    }

    if (data.shippingMethod === 'home') {
      await fetch(`${BRING}/booking/v1/consignments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Mybring-API-Key': process.env.NEXT_PUBLIC_BRING_KEY ?? '' },
        body: JSON.stringify({
          recipient: { name: data.fullName, addressLine: data.deliveryAddress, postalCode: data.postalCode, mobile: data.phone },
          packages: [{ weightInKg: weightGrams / 1000 }],
        }),
      });
    }
  };

  // "Save for later": the recovery service e-mails a link back to the filled-in checkout.
  const saveDraft = handleSubmit(async (draft) => {
    await fetch(CART_RECOVERY, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ cartId, draft }) });
  });

  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <input {...register('fullName', { required: true })} placeholder="Fullt navn" />
      <input {...register('email', { required: true })} type="email" placeholder="E-post" />
      <input {...register('phone')} type="tel" placeholder="Mobil" />
      <input {...register('deliveryAddress')} placeholder="Leveringsadresse" />
      <input {...register('postalCode')} placeholder="Postnummer" />
      <select {...register('shippingMethod')} onChange={() => void estimateShipping()}>
        <option value="pickup">Hent selv</option>
        <option value="home">Hjemlevering</option>
      </select>
      {price !== null && <p>Frakt: {price} kr</p>}
      <button type="button" onClick={() => void saveDraft()}>Lagre til senere</button>
      <button type="submit" disabled={formState.isSubmitting}>Fullfør kjøp</button>
    </form>
  );
}
