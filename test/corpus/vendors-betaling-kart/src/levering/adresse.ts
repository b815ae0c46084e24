import { Client as MapsClient, GeocodeResult } from '@googlemaps/google-maps-services-js';
import mbxGeocoding from '@mapbox/mapbox-sdk/services/geocoding';
import { hentKunde } from '../ordre/lager';
import { hentLager, Lager } from './lagre';

const maps = new MapsClient({});
const geokoding = mbxGeocoding({ accessToken: process.env.MAPBOX_TOKEN ?? '' });

export interface Koordinat {
  lat: number;
  lng: number;
}

/** Finner koordinatene til kundens leveringsadresse for ruteplanleggingen. */
export async function geokodKunde(kundenummer: string): Promise<Koordinat | null> {
  const kunde = await hentKunde(kundenummer);
  const svar = await maps.geocode({
    params: {
      address: `${kunde.gateadresse}, ${kunde.postnummer} ${kunde.poststed}`,
      region: 'no',
      key: process.env.GOOGLE_MAPS_KEY ?? '',
    },
    timeout: 5_000,
  });
  const treff: GeocodeResult | undefined = svar.data.results[0];
  return treff ? { lat: treff.geometry.location.lat, lng: treff.geometry.location.lng } : null;
}

/** Lagrene våre er bedrifter: adressen deres er ikke personopplysninger. */
export async function geokodLager(lagerkode: string): Promise<Koordinat | null> {
  const lager: Lager = await hentLager(lagerkode);
  const svar = await geokoding
    .forwardGeocode({ query: lager.besoksadresse, countries: ['no'], limit: 1 })
    .send();
  const [lng, lat] = svar.body.features[0]?.center ?? [];
  return lng === undefined ? null : { lat, lng };
}
