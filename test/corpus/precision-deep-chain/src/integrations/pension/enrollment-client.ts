import { signedPost } from '../../lib/http/signed-request';

export interface EnrollmentPayload {
  fodselsnummer: string;
  fulltNavn: string;
  epost: string;
  stillingsprosent: number;
  startDato: string;
}

export async function submitEnrollment(payload: EnrollmentPayload): Promise<{ policyNumber: string }> {
  return signedPost<{ policyNumber: string }>('/enrollments', payload);
}

export async function pingProvider(): Promise<boolean> {
  const res = await signedPost<{ ok: boolean }>('/health', { ping: true });
  return res.ok;
}
