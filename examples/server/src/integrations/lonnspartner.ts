import axios from 'axios';
import { NORDISK_LONN_API } from '../config';
import { hentAnsatt, hentFirmaoppsett } from '../services/ansattregister';
import type { Ansatt } from '../../../shared/types';

// Nordisk Lønnsservice kjører lønn for kunder som har kjøpt lønn gjennom partneren.
const nordiskLonn = axios.create({
  baseURL: NORDISK_LONN_API,
  timeout: 15000,
  headers: { 'X-Api-Key': process.env.NORDISK_LONN_API_KEY ?? '' },
});

export interface Lonnslinje {
  ansatt: Ansatt;
  periode: string;
  timer: number;
  overtid: number;
}

function tilPartnerformat(linje: Lonnslinje) {
  const { ansatt } = linje;
  return {
    employeeNo: ansatt.ansattnummer,
    fullName: ansatt.navn,
    nationalId: ansatt.fnr,
    bankAccount: ansatt.kontonummer,
    period: linje.periode,
    hours: linje.timer,
    overtimeHours: linje.overtid,
  };
}

/** Sender lønnsgrunnlaget for perioden; partneren svarer med en batch-id. */
export async function sendLonnsgrunnlag(firmaId: string, linjer: Lonnslinje[]): Promise<string> {
  const { data } = await nordiskLonn.post<{ batchId: string }>(`/clients/${firmaId}/payroll-basis`, {
    lines: linjer.map(tilPartnerformat),
  });
  return data.batchId;
}

/** Partneren må vite om nytt kontonummer før neste utbetaling. */
export async function varsleNyttKontonummer(firmaId: string, nr: string): Promise<void> {
  const { lonnspartnerCallbackUrl } = await hentFirmaoppsett(firmaId);
  if (!lonnspartnerCallbackUrl) return;
  const ansatt = await hentAnsatt(firmaId, nr);
  // @disclose recipient=nordisk-lonn
  await axios.post(lonnspartnerCallbackUrl, {
    event: 'employee.bank_account_changed',
    employeeNo: ansatt.ansattnummer,
    bankAccount: ansatt.kontonummer,
    changedAt: new Date().toISOString(),
  });
}
