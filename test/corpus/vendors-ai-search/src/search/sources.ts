import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function listCustomers(): Promise<Array<{ customerNumber: string; fullName: string; email: string }>> {
  const { rows } = await pool.query('select customer_number as "customerNumber", full_name as "fullName", email from customers where deleted_at is null');
  return rows;
}

export async function listEmployees(): Promise<Array<{ employeeNumber: string; fullName: string; workEmail: string; workPhone: string }>> {
  const { rows } = await pool.query('select employee_number as "employeeNumber", full_name as "fullName", work_email as "workEmail", work_phone as "workPhone" from staff');
  return rows;
}

export async function listContacts(): Promise<Array<{ contactId: string; email: string; phone: string }>> {
  const { rows } = await pool.query('select id as "contactId", email, phone from partner_contacts');
  return rows;
}

export async function listProducts(): Promise<Array<{ sku: string; title: string; price: number }>> {
  const { rows } = await pool.query('select sku, title, price_nok::float as price from products where active');
  return rows;
}
