import { createPortalSession, deleteCustomer, getPlanPrices } from "../../../billing/mutations";

type SessionUser = { id: string; email: string; customerId: string | null };

async function currentUser(req: Request): Promise<SessionUser | null> {
  const res = await fetch(new URL("/api/session", req.url), { headers: { cookie: req.headers.get("cookie") ?? "" } });
  return res.ok ? ((await res.json()) as SessionUser) : null;
}

export async function GET() {
  const prices = await getPlanPrices();
  return Response.json({ prices });
}

export async function POST(req: Request) {
  const user = await currentUser(req);
  if (!user?.customerId) return new Response("No billing account", { status: 404 });

  const url = await createPortalSession({ customerId: user.customerId });
  return Response.redirect(url, 303);
}

export async function DELETE(req: Request) {
  const user = await currentUser(req);
  if (!user) return new Response("Unauthorized", { status: 401 });

  if (user.customerId) {
    await deleteCustomer({ customerId: user.customerId });
  }
  return new Response(null, { status: 204 });
}
