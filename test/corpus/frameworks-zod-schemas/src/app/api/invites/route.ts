import { badRequest, InviteRequest } from '../../../lib/schemas';

const AUDIT_WEBHOOK = 'https://audit.logsnag-like.example/v1/events';

export async function POST(req: Request) {
  const result = InviteRequest.safeParse(await req.json());
  if (!result.success) return badRequest(result.error);
  const invite = result.data;

  // Our own mailer renders and sends the invitation.
  const sent = await fetch(`${process.env.MAILER_URL}/v1/templates/invite/send`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ to: invite.invitee, vars: { workspace: invite.workspaceSlug, role: invite.role } }),
  });
  if (!sent.ok) {
    return Response.json({ error: 'mailer_unavailable' }, { status: 502 });
  }

  // Security audit trail kept by an external log service.
  await fetch(AUDIT_WEBHOOK, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.AUDIT_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: 'invites', event: 'member_invited', payload: invite }),
  });

  return Response.json({ invited: true }, { status: 201 });
}
