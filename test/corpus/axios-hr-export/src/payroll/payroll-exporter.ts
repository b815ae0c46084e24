import axios, { AxiosInstance } from 'axios';
import { loadActiveEmployees, Employee } from '../hris/employees';

const HRIS_URL = 'https://hris.corp.northwind.example/api';
const BENEFITS_URL = 'https://api.benefitsnow.com';

export interface ExportSummary {
  month: string;
  exported: number;
  enrolled: number;
  departments: number;
}

export class PayrollExporter {
  private readonly http: AxiosInstance;

  constructor(private readonly dryRun = false) {
    this.http = axios.create({
      baseURL: 'https://api.paybridge.com/v3',
      headers: { 'X-Client-Key': process.env.PAYBRIDGE_KEY ?? '' },
    });
  }

  async exportMonth(month: string): Promise<ExportSummary> {
    const { data: periods } = await this.http.get<{ open: boolean }[]>('/pay-periods', { params: { month } });
    if (!periods.some((p) => p.open)) {
      throw new Error(`No open pay period for ${month}`);
    }

    const { data: departments } = await axios.get<string[]>(`${HRIS_URL}/departments`);
    const employees: Employee[] = await loadActiveEmployees();
    let exported = 0;
    let enrolled = 0;

    for (const employee of employees) {
      if (this.dryRun) continue;
      await this.http.post('/employees', {
        employeeId: employee.employeeId,
        fullName: employee.fullName,
        bankAccount: employee.bankAccount,
        dateOfBirth: employee.dateOfBirth,
        grossSalary: employee.grossSalary,
      });
      exported += 1;

      const { data: eligibility } = await axios.get(`${BENEFITS_URL}/eligibility`, {
        params: { employeeId: employee.employeeId },
      });
      if (eligibility.eligible && !employee.benefitsEnrolled) {
        await axios.post(`${BENEFITS_URL}/enrol`, {
          employeeId: employee.employeeId,
          email: employee.workEmail,
          dateOfBirth: employee.dateOfBirth,
          plan: eligibility.defaultPlan,
        });
        enrolled += 1;
      }
    }

    return { month, exported, enrolled, departments: departments.length };
  }
}
