import { useState } from "react";
import { createTracker, useAnalytics } from "../lib/analytics";

const tracker = createTracker("team-settings");

export function InviteMemberModal({ teamId, onClose }: { teamId: string; onClose: () => void }) {
  const { capture, reset } = useAnalytics();
  const [email, setEmail] = useState("");

  async function submit() {
    const res = await fetch(`/api/teams/${teamId}/invite`, { method: "POST", body: JSON.stringify({ email }) });
    if (!res.ok) {
      capture("Team Member Invite Failed", { teamId, status: res.status });
      return;
    }
    capture("Team Member Invitation Sent", { teamId, invitedEmail: email });
    tracker.track("Invite Sent", { teamId, seats: 1 });
    onClose();
  }

  function leave() {
    reset();
    onClose();
  }

  return (
    <form onSubmit={submit}>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="submit">Invite</button>
      <button type="button" onClick={leave}>
        Leave team
      </button>
    </form>
  );
}
