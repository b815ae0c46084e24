import { Pool } from 'pg';
import type { EmployeeRecord } from './employee';

const pool = new Pool({ connectionString: process.env.HR_DATABASE_URL });

/** Everyone employed today, in any of the group companies we run payroll for. */
export async function listActiveEmployees(): Promise<EmployeeRecord[]> {
  const { rows } = await pool.query(
    `select employee_number as "employeeNumber", full_name as "fullName", work_email as "workEmail",
            job_title as "jobTitle", employer, annual_salary::float as "annualSalary", date_of_birth as "dateOfBirth",
            education_level as "educationLevel", spouse_name as "spouseName", number_of_children as "numberOfChildren",
            start_date as "startDate"
       from employees where end_date is null or end_date > current_date`,
  );
  return rows;
}
