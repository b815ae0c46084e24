import { useState, type FormEvent } from 'react';

interface ContactDetails {
  email: string;
  phone: string;
  address: string;
}

export function ContactDetailsForm({ initial }: { initial: ContactDetails }) {
  const [details, setDetails] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Same-origin API route: our own backend stores the contact details.
    const res = await fetch('/api/me/contact-details', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(details),
    });
    setMessage(res.ok ? 'Saved' : 'Could not save your details');
    await fetch(new URL('/api/me/events', window.location.origin), {
      method: 'POST',
      body: JSON.stringify({ event: 'contact_details_saved', email: details.email }),
    });
  }

  return (
    <form onSubmit={onSubmit}>
      <input value={details.email} onChange={(e) => setDetails({ ...details, email: e.target.value })} />
      <input value={details.phone} onChange={(e) => setDetails({ ...details, phone: e.target.value })} />
      <textarea value={details.address} onChange={(e) => setDetails({ ...details, address: e.target.value })} />
      <button type="submit">Save</button>
      {message && <p>{message}</p>}
    </form>
  );
}
