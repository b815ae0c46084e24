import { randomUUID } from 'node:crypto';

export interface Patient {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phone?: string;
  crmId?: string;
}

const patients = new Map<string, Patient>();

export const registrations = {
  add(input: Omit<Patient, 'id' | 'crmId'>): Patient {
    const patient: Patient = { id: randomUUID(), ...input };
    patients.set(patient.id, patient);
    return patient;
  },
  linkCrm(id: string, crmId: string): void {
    const p = patients.get(id);
    if (p) p.crmId = crmId;
  },
  pending(): number {
    return [...patients.values()].filter((p) => !p.crmId).length;
  },
};
