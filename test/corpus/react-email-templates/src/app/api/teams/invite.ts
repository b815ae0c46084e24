import { sendTeamInvitation } from "../../../lib/mail";

interface Session {
  user: { id: string; name: string; email: string };
}

export async function inviteMember(session: Session, workspace: string, inviteeAddress: string) {
  const token = crypto.randomUUID();
  await sendTeamInvitation({
    inviteeAddress,
    senderName: session.user.name,
    senderEmail: session.user.email,
    workspace,
    token,
  });
  return { token };
}
