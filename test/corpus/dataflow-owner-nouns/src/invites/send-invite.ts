import { Resend } from "resend";

const resend = new Resend(process.env.RESEND_API_KEY);

interface Invitee {
  email: string;
  name: string;
}

export async function sendInvite(invitee: Invitee, team: { name: string }, acceptUrl: string) {
  await resend.emails.send({
    from: "Acme <invites@acme.app>",
    to: "invites-log@acme.app",
    subject: `Invitation to ${team.name}`,
    text: `Hi ${invitee.name}, you have been invited to ${team.name}: ${acceptUrl}`,
  });
}

export async function sendReminder(recipient: { name: string }, documentTitle: string) {
  await resend.emails.send({
    from: "Acme <reminders@acme.app>",
    to: "reminders-log@acme.app",
    subject: `Reminder: ${documentTitle}`,
    text: `Dear ${recipient.name}, "${documentTitle}" is still waiting for your signature.`,
  });
}
