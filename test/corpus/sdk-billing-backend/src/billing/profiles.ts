import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.BILLING_DATABASE_URL });

export interface BillingProfile {
  stripeCustomerId: string;
  plan: 'pro' | 'team';
}

export async function saveBillingProfile(profile: BillingProfile): Promise<void> {
  await pool.query('insert into billing_profiles (stripe_customer_id, plan) values ($1, $2) on conflict do nothing', [profile.stripeCustomerId, profile.plan]);
}

export async function findBillingProfile(invoiceId: string): Promise<BillingProfile | null> {
  const { rows } = await pool.query(
    'select p.stripe_customer_id as "stripeCustomerId", p.plan from invoices i join billing_profiles p on p.stripe_customer_id = i.customer where i.id = $1',
    [invoiceId],
  );
  return rows[0] ?? null;
}

export async function listOverdueInvoices({ daysOverdue }: { daysOverdue: number }) {
  const { rows } = await pool.query(
    `select i.number, i.amount_due, c.email, c.name, c.phone, c.sms_opt_in
       from invoices i join customers c on c.id = i.customer_id
      where i.paid_at is null and i.due_date < current_date - $1::int`,
    [daysOverdue],
  );
  return rows.map((r) => ({
    invoice: { number: r.number as string, amountDue: Number(r.amount_due) },
    customer: { email: r.email as string, name: r.name as string, phone: r.phone as string, smsOptIn: Boolean(r.sms_opt_in) },
  }));
}
