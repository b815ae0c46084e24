import CookieManager from '@react-native-cookies/cookies';

/** The web views share a cookie jar with the app; our first-party id cookie is set by the website. */
const SITE = 'https://www.fitloop.example';

export async function readCookie(name: string): Promise<string | null> {
  const jar = await CookieManager.get(SITE, true);
  return jar[name]?.value ?? null;
}

export async function clearCookies(): Promise<void> {
  await CookieManager.clearAll(true);
}
