import { useState } from 'react';

interface WorkspacePrefs {
  nameSpace: string;
  addressBar: 'compact' | 'full';
  emailVerified: boolean;
  firstNameLabel: string;
  displayNameMaxLength: number;
}

const PREFS_VENDOR = 'https://api.prefs-cloud.com/v1/workspaces';

export function SettingsPanel({ initial, workspaceSlug }: { initial: WorkspacePrefs; workspaceSlug: string }) {
  const [prefs, setPrefs] = useState(initial);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    try {
      // The prefs service is a hosted key-value store; none of these settings describe a person.
      await fetch(`${PREFS_VENDOR}/${workspaceSlug}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          nameSpace: prefs.nameSpace,
          addressBar: prefs.addressBar,
          emailVerified: prefs.emailVerified,
          firstNameLabel: prefs.firstNameLabel,
          displayNameMaxLength: prefs.displayNameMaxLength,
        }),
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <label>
        Namespace
        <input value={prefs.nameSpace} onChange={(e) => setPrefs({ ...prefs, nameSpace: e.target.value })} />
      </label>
      <label>
        Address bar
        <select value={prefs.addressBar} onChange={(e) => setPrefs({ ...prefs, addressBar: e.target.value as WorkspacePrefs['addressBar'] })}>
          <option value="compact">Compact</option>
          <option value="full">Full</option>
        </select>
      </label>
      <button type="submit" disabled={saving}>Save</button>
    </form>
  );
}
