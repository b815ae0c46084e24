import { registerWithPensionProvider, type NewEmployee } from '../integrations/pension/register';
import { pingProvider } from '../integrations/pension/enrollment-client';

export interface OnboardingResult {
  employeeId: string;
  pensionPolicy: string | null;
}

export async function onboardEmployee(employee: NewEmployee, options: { skipPension?: boolean } = {}): Promise<OnboardingResult> {
  const pensionPolicy = options.skipPension ? null : await registerWithPensionProvider(employee);
  return { employeeId: employee.id, pensionPolicy };
}

export async function providerStatus(): Promise<'up' | 'down'> {
  return (await pingProvider()) ? 'up' : 'down';
}
