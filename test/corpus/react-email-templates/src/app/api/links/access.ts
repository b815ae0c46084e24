import { notifyBlockedAccess } from "../../../lib/mail";

interface AccessRequest {
  linkId: string;
  email: string;
}

const blockList = new Set((process.env.BLOCKED_DOMAINS ?? "").split(","));

export async function POST(req: Request) {
  const { linkId, email } = (await req.json()) as AccessRequest;
  const domain = email.split("@")[1] ?? "";
  if (blockList.has(domain)) {
    const documentTitle = await titleOf(linkId);
    await notifyBlockedAccess(email, documentTitle, linkId);
    return Response.json({ error: "blocked" }, { status: 403 });
  }
  return Response.json({ ok: true });
}

async function titleOf(linkId: string): Promise<string> {
  const res = await fetch(`/api/links/${linkId}/document`);
  const body = (await res.json()) as { title: string };
  return body.title;
}
