import api from '../http/internal-http';
import { dataromHttp } from '../http/partner-http';

interface AnsattRad {
  ansattnummer: string;
  navn: string;
  stillingstittel: string;
  arslonn: number;
  ansattDato: string;
  avdelingskode: string;
  stillingsprosent: number;
}

/** Uploads the HR figures the buyer asked for in the due-diligence request list. */
export async function lastOppTilDatarom(): Promise<void> {
  const { data: ansatte } = await api.get<AnsattRad[]>('/rapporter/ansatte');

  const perAvdeling = new Map<string, { antall: number; arsverk: number }>();
  for (const a of ansatte) {
    const sum = perAvdeling.get(a.avdelingskode) ?? { antall: 0, arsverk: 0 };
    sum.antall += 1;
    sum.arsverk += a.stillingsprosent / 100;
    perAvdeling.set(a.avdelingskode, sum);
  }
  await dataromHttp.post('/hr/avdelinger', {
    avdelinger: [...perAvdeling].map(([kode, s]) => ({ kode, antall: s.antall, arsverk: s.arsverk })),
  });

  // Key personnel: the buyer wants names, titles and salaries of everyone above 1.2 MNOK.
  const nokkelpersoner = ansatte
    .filter((a) => a.arslonn > 1_200_000)
    .map((a) => ({ navn: a.navn, stillingstittel: a.stillingstittel, arslonn: a.arslonn }));
  await dataromHttp.post('/hr/nokkelpersoner', nokkelpersoner);
}
