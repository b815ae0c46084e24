import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface CustomerRecord {
  customerId: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  segment: 'micro' | 'smb' | 'enterprise';
  modules: string[];
}

export async function customersCreatedSince(since: Date): Promise<CustomerRecord[]> {
  const { rows } = await pool.query(
    `select customer_id as "customerId", contact_name as "contactName", contact_email as "contactEmail",
            contact_phone as "contactPhone", segment, modules
       from customers where created_at > $1 order by created_at`,
    [since],
  );
  return rows;
}

export async function createCustomer(input: { fullName: string; email: string; phone: string; productSku: string }): Promise<CustomerRecord> {
  const customerId = randomUUID();
  await pool.query(
    'insert into customers (customer_id, contact_name, contact_email, contact_phone, segment, modules) values ($1, $2, $3, $4, $5, $6)',
    [customerId, input.fullName, input.email, input.phone, 'micro', [input.productSku]],
  );
  return { customerId, contactName: input.fullName, contactEmail: input.email, contactPhone: input.phone, segment: 'micro', modules: [input.productSku] };
}
