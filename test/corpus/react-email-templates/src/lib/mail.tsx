import { Resend } from "resend";
import { render } from "../emails/render";
import BlockedAccessEmail from "../emails/BlockedAccessEmail";
import TeamInvitationEmail from "../emails/TeamInvitationEmail";
import UsageReportEmail from "../emails/UsageReportEmail";

const resend = new Resend(process.env.RESEND_API_KEY);
const FROM = "Dataroom <system@notifications.dataroom.app>";
const BASE_URL = process.env.NEXT_PUBLIC_BASE_URL ?? "https://app.dataroom.app";

export async function notifyBlockedAccess(blockedEmail: string, documentTitle: string, linkId: string) {
  await resend.emails.send({
    from: FROM,
    to: "security@dataroom.app",
    subject: `Blocked access attempt on ${documentTitle}`,
    react: BlockedAccessEmail({ blockedEmail, documentTitle, settingsUrl: `${BASE_URL}/links/${linkId}` }),
  });
}

export async function sendTeamInvitation(input: { inviteeAddress: string; senderName: string; senderEmail: string; workspace: string; token: string }) {
  const html = await render(
    <TeamInvitationEmail senderName={input.senderName} senderEmail={input.senderEmail} workspace={input.workspace} acceptUrl={`${BASE_URL}/invite/${input.token}`} />,
  );
  await resend.emails.send({ from: FROM, to: "invitations@dataroom.app", subject: `Join ${input.workspace}`, html });
}

export async function sendUsageReport(workspace: string, month: string, views: number, documents: number) {
  await resend.emails.send({
    from: FROM,
    to: "reports@dataroom.app",
    subject: `Usage report for ${month}`,
    react: <UsageReportEmail workspace={workspace} month={month} views={views} documents={documents} />,
  });
}
