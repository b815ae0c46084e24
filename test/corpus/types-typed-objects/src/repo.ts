import { Pool } from 'pg';
import type { Customer, CustomerWithInvoices, Invoice, PlanChange, WorkspaceSettings } from './types';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function customerByNumber(customerNumber: string): Promise<Customer> {
  const { rows } = await pool.query<Customer>('select email, phone, plan from customers where number = $1', [customerNumber]);
  if (!rows[0]) throw new Error('no such customer');
  return rows[0];
}

export async function allCustomers(): Promise<Customer[]> {
  const { rows } = await pool.query<Customer>('select email, phone, plan from customers where deleted_at is null');
  return rows;
}

export async function customerWithInvoices(customerNumber: string): Promise<CustomerWithInvoices> {
  const customer = await customerByNumber(customerNumber);
  const { rows } = await pool.query<Invoice>('select number, amount_due as "amountDue", currency from invoices where customer = $1', [customerNumber]);
  return { ...customer, invoices: rows };
}

export async function pendingPlanChanges(): Promise<PlanChange[]> {
  const { rows } = await pool.query<PlanChange>('select plan, seats, effective_from as "effectiveFrom" from plan_changes where pushed = false');
  return rows;
}

export async function workspaceSettings(): Promise<WorkspaceSettings> {
  const { rows } = await pool.query<WorkspaceSettings>('select * from workspace_settings limit 1');
  return rows[0];
}

export const close = () => pool.end();
