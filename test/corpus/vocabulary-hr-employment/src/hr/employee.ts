export type EducationLevel = 'upper-secondary' | 'vocational' | 'bachelor' | 'master' | 'doctorate';

export interface EmployeeRecord {
  employeeNumber: string;
  fullName: string;
  workEmail: string;
  jobTitle: string;
  /** Legal entity that employs the person (we run payroll for several group companies). */
  employer: string;
  annualSalary: number;
  dateOfBirth: string;
  educationLevel: EducationLevel;
  spouseName?: string;
  numberOfChildren: number;
  startDate: string;
}

export interface BenefitFilters {
  jobTitleFilter: string;
  salaryBand: 'A' | 'B' | 'C' | 'D';
  region: string;
}

/** Salary bands as published in the staff handbook; not tied to any one employee. */
export const SALARY_BANDS: Record<BenefitFilters['salaryBand'], [number, number]> = {
  A: [0, 550_000],
  B: [550_000, 750_000],
  C: [750_000, 1_000_000],
  D: [1_000_000, Number.POSITIVE_INFINITY],
};

export function yearsOfService(record: EmployeeRecord, today = new Date()): number {
  const start = new Date(record.startDate);
  return Math.floor((today.getTime() - start.getTime()) / (365.25 * 24 * 3600 * 1000));
}
