import { tasks } from "@trigger.dev/sdk";
import { onboardTeamTask, refreshExchangeRatesTask } from "../jobs/onboarding";

interface Session {
  user: { id: string; email: string; fullName: string };
}

interface Invite {
  email: string;
  role: "owner" | "member";
}

export async function inviteMembers(session: Session, teamId: string, invites: Invite[], ip: string) {
  const accepted = invites.filter((invite) => invite.email.includes("@"));
  if (accepted.length === 0) return { invited: 0 };

  await tasks.trigger("invite-team-members", {
    teamId,
    invites: accepted.map((invite) => ({ email: invite.email, role: invite.role })),
    invitedByName: session.user.fullName,
    invitedByEmail: session.user.email,
    ip,
  });

  return { invited: accepted.length };
}

export async function registerUser(userId: string, teamId: string) {
  await onboardTeamTask.trigger({ userId }, { delay: "10m" });

  // Team-level housekeeping carries no person.
  await tasks.trigger("sync-team-settings", { teamId, reason: "registered" });
  await refreshExchangeRatesTask.trigger({ baseCurrency: "NOK" });
}
