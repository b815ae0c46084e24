import { Pool } from 'pg';
import type { Vurdering } from './kredittsjekk';

const pool = new Pool({ connectionString: process.env.LAN_DATABASE_URL });

export interface Soknad {
  soknadId: string;
  kundeId: string;
  fnr: string;
  telefon: string;
  belop: number;
}

export async function hentSoknad(soknadId: string): Promise<Soknad> {
  const { rows } = await pool.query(
    'select s.soknad_id as "soknadId", s.kunde_id as "kundeId", k.fnr, k.telefon, s.belop from soknader s join kunder k using (kunde_id) where s.soknad_id = $1',
    [soknadId],
  );
  if (!rows[0]) throw new Error(`ukjent søknad ${soknadId}`);
  return rows[0];
}

export async function lagreVurdering(vurdering: Vurdering): Promise<void> {
  await pool.query('insert into vurderinger (soknad_id, score, anbefaling) values ($1, $2, $3)', [vurdering.soknadId, vurdering.score, vurdering.anbefaling]);
}
