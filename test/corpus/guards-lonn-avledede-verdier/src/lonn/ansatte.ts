import { Pool } from 'pg';

export interface Ansatt {
  ansattnummer: string;
  fulltNavn: string;
  fødselsnummer: string;
  epost: string | null;
  kontonummer: string | null;
  telefon: string | null;
  stillingsprosent: number;
  avdeling: string;
}

const pool = new Pool({ connectionString: process.env.LONN_DATABASE_URL, max: 3 });

export async function hentAktiveAnsatte(firmaId: string): Promise<Ansatt[]> {
  const { rows } = await pool.query<Ansatt>(
    `select ansattnummer, fullt_navn as "fulltNavn", fnr as "fødselsnummer", epost, kontonummer, telefon,
            stillingsprosent, avdeling
       from ansatte where firma_id = $1 and sluttdato is null`,
    [firmaId],
  );
  return rows;
}

const VEKTER_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const VEKTER_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function kontroll(siffer: number[], vekter: number[]): number {
  const rest = vekter.reduce((sum, vekt, i) => sum + vekt * siffer[i]!, 0) % 11;
  return rest === 0 ? 0 : 11 - rest;
}

/** Mod-11 check of both control digits. */
export function erGyldigFnr(fnr: string): boolean {
  if (!/^\d{11}$/.test(fnr)) return false;
  const siffer = [...fnr].map(Number);
  return kontroll(siffer, VEKTER_1) === siffer[9] && kontroll(siffer, VEKTER_2) === siffer[10];
}
