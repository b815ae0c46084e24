import PDFDocument from 'pdfkit';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.FAKTURA_DATABASE_URL });

export interface Faktura {
  nummer: string;
  kundenummer: string;
  belop: number;
  forfallsdato: string;
  status: 'sendt' | 'purret' | 'betalt';
}

export async function hentFaktura(fakturanummer: string): Promise<Faktura> {
  const { rows } = await pool.query('select nummer, kundenummer, belop, forfallsdato, status from fakturaer where nummer = $1', [fakturanummer]);
  if (!rows[0]) throw new Error(`fant ikke faktura ${fakturanummer}`);
  return { ...rows[0], belop: Number(rows[0].belop) };
}

export async function hentKunde(kundenummer: string): Promise<{ kundenavn: string; epost: string; fodselsnummer: string; fakturaadresse: string }> {
  const { rows } = await pool.query('select kundenavn, epost, fodselsnummer, fakturaadresse from kunder where kundenummer = $1', [kundenummer]);
  return rows[0];
}

export function lagFakturaPdf(faktura: Faktura): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const biter: Buffer[] = [];
    doc.on('data', (bit: Buffer) => biter.push(bit));
    doc.on('end', () => resolve(Buffer.concat(biter)));
    doc.fontSize(18).text(`Faktura ${faktura.nummer}`).fontSize(11).text(`Beløp: ${faktura.belop} kr`).text(`Forfall: ${faktura.forfallsdato}`);
    doc.end();
  });
}
