import { Pool } from 'pg';
import type { Oppsummering } from './saker/oppsummer';

const pool = new Pool({ connectionString: process.env.SAK_DATABASE_URL });

export interface Kunde {
  kundeId: string;
  navn: string;
  fnr: string;
  epost: string;
  antallSaker: number;
}

export interface Sak {
  sakId: string;
  kundeId: string;
  kategori: string;
  beskrivelse: string;
}

export async function hentSak(sakId: string): Promise<Sak> {
  const { rows } = await pool.query('select sak_id as "sakId", kunde_id as "kundeId", kategori, beskrivelse from saker where sak_id = $1', [sakId]);
  if (!rows[0]) throw new Error(`ukjent sak ${sakId}`);
  return rows[0];
}

export async function hentKunde(kundeId: string): Promise<Kunde> {
  const { rows } = await pool.query(
    'select k.kunde_id as "kundeId", k.navn, k.fnr, k.epost, count(s.*)::int as "antallSaker" from kunder k left join saker s using (kunde_id) where k.kunde_id = $1 group by k.kunde_id',
    [kundeId],
  );
  return rows[0];
}

export async function hentAlleKunder(): Promise<Kunde[]> {
  const { rows } = await pool.query(
    'select k.kunde_id as "kundeId", k.navn, k.fnr, k.epost, count(s.*)::int as "antallSaker" from kunder k left join saker s using (kunde_id) group by k.kunde_id',
  );
  return rows;
}

export async function lagreOppsummering(o: Oppsummering): Promise<void> {
  await pool.query('update saker set oppsummering = $2, kategorivektor = $3 where sak_id = $1', [o.sakId, o.tekst, JSON.stringify(o.kategoriVektor)]);
}
