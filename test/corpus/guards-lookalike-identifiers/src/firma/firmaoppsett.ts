import axios from 'axios';
import { syncPrimaryContact, syncWorkspaceTraits, type WorkspaceSettings } from '../workspace/settings-sync';

const BEDRIFTSREGISTER = 'https://data.brreg-speil.example/enhetsregisteret/api/enheter';
const MALVERK = 'https://api.dokumentmaler.example/v1/oppsett';

interface Firmaoppsett {
  organisasjonsnummer: string;
  firmanavn: string;
  navnerom: string;
  filnavn: string;
  epostMalId: string;
  kontonummerFormat: 'standard' | 'mellomrom';
  adresseFeltSynlig: boolean;
  kundeType: 'as' | 'enk' | 'forening';
  ansattAntall: number;
}

export async function fullforOppsett(oppsett: Firmaoppsett, ws: WorkspaceSettings, eier: { epost: string; fulltNavn: string }): Promise<void> {
  const { data: enhet } = await axios.get(`${BEDRIFTSREGISTER}/${oppsett.organisasjonsnummer}`);
  if (enhet.konkurs) {
    throw new Error(`${oppsett.firmanavn} er registrert konkurs`);
  }

  await axios.post(MALVERK, {
    firmanavn: oppsett.firmanavn,
    navnerom: oppsett.navnerom,
    filnavn: oppsett.filnavn,
    epostMalId: oppsett.epostMalId,
    kontonummerFormat: oppsett.kontonummerFormat,
    adresseFeltSynlig: oppsett.adresseFeltSynlig,
    kundeType: oppsett.kundeType,
    ansattAntall: oppsett.ansattAntall,
  });

  await syncWorkspaceTraits(ws);
  await syncPrimaryContact(ws.workspaceId, eier.epost, eier.fulltNavn);
}
