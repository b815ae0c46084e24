import { collectIdentifiers, collectTraits } from './identifiers';
import { getPublicIp } from './device-ids';

const ATTRIBO = 'https://api.attribo.example/v2';
const AD_NETWORK_POSTBACK = 'https://collect.adnetwork.example/postback';
const OWN_TELEMETRY = 'https://telemetry.api.fitloop.example/v1';
const CRASH_VENDOR = 'https://ingest.crashpad.example/v1/sessions';

const json = { 'content-type': 'application/json' };

export async function reportInstall(pushToken: string | null): Promise<void> {
  const ids = await collectIdentifiers(pushToken);
  const installedAt = new Date().toISOString();

  await fetch(`${ATTRIBO}/installs`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ advertisingId: ids.advertisingId, deviceId: ids.deviceId, installedAt }),
  });

  if (ids.advertisingId) {
    const ipAddress = await getPublicIp();
    await fetch(AD_NETWORK_POSTBACK, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ idfa: ids.advertisingId, ip: ipAddress, cookieId: ids.cookieId, event: 'install' }),
    });
  }

  await fetch(`${OWN_TELEMETRY}/devices`, {
    method: 'PUT',
    headers: json,
    body: JSON.stringify({ deviceId: ids.deviceId, pushToken: ids.pushToken }),
  });
}

export async function startCrashSession(): Promise<void> {
  const traits = collectTraits();
  try {
    await fetch(CRASH_VENDOR, { method: 'POST', headers: json, body: JSON.stringify({ ...traits, locale: 'nb-NO' }) });
  } catch {
    // Crash reporting is best effort.
  }
}
