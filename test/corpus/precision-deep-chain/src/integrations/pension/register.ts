import { submitEnrollment } from './enrollment-client';

export interface NewEmployee {
  id: string;
  fnr: string;
  firstName: string;
  lastName: string;
  email: string;
  fte: number;
  startsOn: Date;
}

export async function registerWithPensionProvider(employee: NewEmployee): Promise<string> {
  if (employee.fte < 0.2) throw new Error('Below the threshold for mandatory occupational pension');
  const { policyNumber } = await submitEnrollment({
    fodselsnummer: employee.fnr,
    fulltNavn: `${employee.firstName} ${employee.lastName}`,
    epost: employee.email,
    stillingsprosent: Math.round(employee.fte * 100),
    startDato: employee.startsOn.toISOString().slice(0, 10),
  });
  return policyNumber;
}
