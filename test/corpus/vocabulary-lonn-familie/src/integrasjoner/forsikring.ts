import axios from 'axios';
import { Ansatt, STILLINGSKATEGORIER } from '../lonn/ansatt';
import { hentAktiveAnsatte } from '../lonn/register';

const FORSIKRING = 'https://api.tryggforsikring.example/v3';

export async function meldInnGruppeliv(): Promise<void> {
  const ansatte: Ansatt[] = await hentAktiveAnsatte();

  for (const ansatt of ansatte) {
    await axios.post(`${FORSIKRING}/gruppeliv/medlemmer`, {
      ansattnummer: ansatt.ansattnummer,
      fulltNavn: ansatt.fulltNavn,
      stillingstittel: ansatt.stillingstittel,
      årslønn: ansatt.årslønn,
      sivilstand: ansatt.sivilstand,
      ektefelle: ansatt.ektefelle
        ? { navn: ansatt.ektefelle.fulltNavn, fødselsdato: ansatt.ektefelle.fødselsdato }
        : null,
      antallBarn: ansatt.antallBarn,
    });
  }
}

export async function hentTilbud(): Promise<unknown> {
  const ansatte = await hentAktiveAnsatte();
  const { data } = await axios.get(`${FORSIKRING}/tilbud`, {
    params: {
      antallAnsatte: ansatte.length,
      stillingskategorier: STILLINGSKATEGORIER.join(','),
      lonnstrinnFra: 20,
      lonnstrinnTil: 80,
    },
  });
  return data;
}
