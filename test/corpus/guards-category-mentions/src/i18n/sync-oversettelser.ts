import axios from 'axios';
import { nb } from './nb';

const LOKALISE = 'https://api.lokalise.com/api2/projects';

type Flat = Record<string, string>;

function flat(obj: Record<string, unknown>, prefix = ''): Flat {
  return Object.entries(obj).reduce<Flat>((acc, [key, value]) => {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') acc[id] = value;
    else Object.assign(acc, flat(value as Record<string, unknown>, id));
    return acc;
  }, {});
}

/** Uploads the Norwegian source strings so translators can work on the other languages. */
export async function lastOppKildetekster(): Promise<void> {
  const tekster = flat(nb);
  await axios.post(
    `${LOKALISE}/${process.env.LOKALISE_PROJECT}/keys`,
    {
      keys: Object.entries(tekster).map(([key_name, translation]) => ({
        key_name,
        platforms: ['web'],
        translations: [{ language_iso: 'nb', translation }],
      })),
    },
    { headers: { 'X-Api-Token': process.env.LOKALISE_TOKEN ?? '' } },
  );
}
