import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.HRIS_DATABASE_URL });

export interface Employee {
  employeeId: string;
  fullName: string;
  workEmail: string;
  bankAccount: string;
  dateOfBirth: string;
  grossSalary: number;
  benefitsEnrolled: boolean;
}

/** Everyone on payroll this month: employed, not on unpaid leave. */
export async function loadActiveEmployees(): Promise<Employee[]> {
  const { rows } = await pool.query(
    `select employee_id, full_name, work_email, bank_account, date_of_birth, gross_salary, benefits_enrolled
       from employees
      where ended_at is null and unpaid_leave = false
      order by employee_id`,
  );
  return rows.map((r) => ({
    employeeId: r.employee_id,
    fullName: r.full_name,
    workEmail: r.work_email,
    bankAccount: r.bank_account,
    dateOfBirth: r.date_of_birth,
    grossSalary: Number(r.gross_salary),
    benefitsEnrolled: r.benefits_enrolled,
  }));
}
