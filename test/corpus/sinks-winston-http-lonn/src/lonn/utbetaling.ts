import axios from 'axios';
import type { Ansatt } from './ansatte';

// Lønnsmotoren og dokumenttjenesten kjører internt; bankfilen sendes derfra.
const lonnsmotor = axios.create({ baseURL: 'https://utbetaling.intern.lonnsmotor.example/api' });
const dokumenter = axios.create({ baseURL: 'https://dokumenter.intern.lonnsmotor.example/v1' });

export function beregnNettolonn(ansatt: Ansatt, periode: string): number {
  const feriepengemaned = periode.endsWith('-06');
  const brutto = feriepengemaned ? ansatt.manedslonn * 0.5 : ansatt.manedslonn;
  return Math.round(brutto * (1 - ansatt.skatteprosent / 100));
}

export async function registrerUtbetaling(kontonummer: string | null, belop: number): Promise<void> {
  if (!kontonummer) throw new Error('mangler kontonummer');
  await lonnsmotor.post('/utbetalinger', { kontonummer, belop });
}

/** Lønnsslippen lages og legges i den ansattes digitale postkasse av dokumenttjenesten. */
export async function sendLonnsslipp(ansatt: Ansatt, periode: string): Promise<void> {
  await dokumenter.post('/lonnsslipper', { ansattnummer: ansatt.ansattnummer, periode });
}
