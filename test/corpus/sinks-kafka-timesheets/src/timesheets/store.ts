import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.TIMESHEETS_DATABASE_URL });

export interface Timesheet {
  employeeId: string;
  isoWeek: string;
  totalHours: number;
}

export async function loadTimesheet(timesheetId: string): Promise<Timesheet> {
  const { rows } = await pool.query('select employee_id as "employeeId", iso_week as "isoWeek", total_hours as "totalHours" from timesheets where id = $1', [timesheetId]);
  if (!rows[0]) throw new Error(`timesheet ${timesheetId} not found`);
  return rows[0];
}

export async function loadEmployee(employeeId: string): Promise<{ employeeId: string; email: string; fullName: string }> {
  const { rows } = await pool.query('select id as "employeeId", email, full_name as "fullName" from employees where id = $1', [employeeId]);
  return rows[0];
}

/** Hours per project for a week; with `overtimeOnly`, only projects where someone went over 40 hours. */
export async function projectTotals(isoWeek: string, options: { overtimeOnly?: boolean } = {}) {
  const { rows } = await pool.query(
    `select project_code, sum(hours)::float as hours,
            json_agg(json_build_object('fullName', e.full_name, 'hours', t.hours)) as employees
       from timesheet_lines t join employees e on e.id = t.employee_id
      where t.iso_week = $1 and ($2::boolean is false or t.hours > 40)
      group by project_code`,
    [isoWeek, options.overtimeOnly ?? false],
  );
  return rows.map((r) => ({ projectCode: r.project_code as string, hours: r.hours as number, employees: r.employees as Array<{ fullName: string; hours: number }> }));
}
