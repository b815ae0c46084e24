import { NEWSLETTER_AUDIENCE_ID, polar, resend } from "../services/clients";

interface Team {
  id: string;
  email: string;
  polarCustomerId?: string | null;
}

export async function resolvePolarCustomer(team: Team): Promise<{ id: string }> {
  if (team.polarCustomerId) return { id: team.polarCustomerId };

  // Older teams were created in Polar before we stored the id: look them up by e-mail.
  const result = await polar.customers.list({ email: team.email, limit: 1 });
  const customer = result.result.items[0];
  if (!customer) throw new Error(`No Polar customer for team ${team.id}`);
  return { id: customer.id };
}

export async function listOrganizationCustomers(organizationId: string, page: number) {
  const result = await polar.customers.list({ organizationId, page, limit: 50 });
  return result.result.items.map((c) => c.id);
}

export async function deleteAccount(user: { id: string; email: string }) {
  // Leave the newsletter before the account is gone.
  await resend.contacts.remove({ email: user.email, audienceId: NEWSLETTER_AUDIENCE_ID });
  return { deleted: user.id };
}
