import { useState } from 'react';
import { requestEmailChange, saveProfile, type Profile } from '../lib/api';

export function ProfileForm({ initial }: { initial: Profile }) {
  const [profile, setProfile] = useState<Profile>(initial);
  const [newEmail, setNewEmail] = useState('');

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    await saveProfile(profile);
    if (newEmail && newEmail !== profile.email) await requestEmailChange(profile.email, newEmail);
    // The support widget lives on a third-party host: this one leaves the organisation.
    await fetch('https://widget.helpdesk-cloud.example/v1/identify', {
      method: 'POST',
      body: JSON.stringify({ email: profile.email, name: profile.fullName }),
    });
  }

  return (
    <form onSubmit={onSubmit}>
      <input value={profile.fullName} onChange={(e) => setProfile({ ...profile, fullName: e.target.value })} />
      <input value={profile.phone ?? ''} onChange={(e) => setProfile({ ...profile, phone: e.target.value })} />
      <input type="email" value={newEmail} onChange={(e) => setNewEmail(e.target.value)} />
      <button type="submit">Save</button>
    </form>
  );
}
