import axios from 'axios';
import { EmployeeRecord, BenefitFilters, SALARY_BANDS } from '../hr/employee';
import { listActiveEmployees } from '../hr/repository';

const PERKLY = 'https://api.perkly.example/v1';
const NORTHWIND = 'https://api.northwind-pensions.example/v2';

const perkly = axios.create({ baseURL: PERKLY, timeout: 15_000 });

export async function exportBenefitMembers(): Promise<void> {
  const employees: EmployeeRecord[] = await listActiveEmployees();

  for (const e of employees) {
    await axios.post(`${PERKLY}/members`, {
      memberNumber: e.employeeNumber,
      jobTitle: e.jobTitle,
      employer: e.employer,
      annualSalary: e.annualSalary,
      spouseName: e.spouseName ?? null,
      numberOfChildren: e.numberOfChildren,
    });

    await axios.post(`${NORTHWIND}/enrolments`, {
      employeeNumber: e.employeeNumber,
      dateOfBirth: e.dateOfBirth,
      annualSalary: e.annualSalary,
    });
  }
}

export async function browseBenefitCatalogue(filters: BenefitFilters): Promise<unknown[]> {
  const [minSalary, maxSalary] = SALARY_BANDS[filters.salaryBand];
  try {
    const { data } = await perkly.get<{ items: unknown[] }>('/catalogue', {
      params: { jobTitleFilter: filters.jobTitleFilter, region: filters.region, minSalary, maxSalary },
    });
    return data.items;
  } catch (err) {
    console.warn('benefit catalogue unavailable', (err as Error).message);
    return [];
  }
}
