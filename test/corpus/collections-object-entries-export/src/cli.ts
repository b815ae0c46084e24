#!/usr/bin/env node
import { eksporterTilForbundet, meldKontingentstatus, publiserPaaNettsiden, soekMomskompensasjon } from './eksport';

const BRUK = `Bruk: medlemseksport <kommando> <medlemmer.json>

Kommandoer:
  forbund      eksporter medlemslisten til forbundets medlemssystem
  nettside     oppdater medlemslisten på klubbens nettside (uten kontaktinfo)
  kontingent   send kontingentstatus til kassereren
  moms         søk momskompensasjon (bare antall per aldersgruppe)`;

async function main(argv: string[]): Promise<number> {
  const [kommando, fil] = argv;
  if (!kommando || !fil) {
    console.error(BRUK);
    return 2;
  }
  let antall: number;
  switch (kommando) {
    case 'forbund':
      antall = await eksporterTilForbundet(fil);
      break;
    case 'nettside':
      antall = await publiserPaaNettsiden(fil);
      break;
    case 'kontingent':
      antall = await meldKontingentstatus(fil);
      break;
    case 'moms':
      antall = await soekMomskompensasjon(fil);
      break;
    default:
      console.error(`ukjent kommando: ${kommando}\n\n${BRUK}`);
      return 2;
  }
  console.log(`${kommando}: ${antall} medlemmer behandlet`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
