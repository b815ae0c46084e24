import { Platform } from 'react-native';
import ReactNativeIdfaAaid from '@sparkfabrik/react-native-idfa-aaid';

/**
 * The platform's advertising id (IDFA/AAID), or null when the user limited ad tracking or did
 * not answer the App Tracking Transparency prompt: then there is nothing to attribute by.
 */
export async function getAdvertisingId(): Promise<string | null> {
  try {
    const info = await ReactNativeIdfaAaid.getAdvertisingInfo();
    if (info.isAdTrackingLimited || !info.id || /^0{8}-/.test(info.id)) return null;
    return info.id;
  } catch {
    return null;
  }
}

/** The address our own API sees the device at; the ad network's postback wants it. */
export async function getPublicIp(): Promise<string | null> {
  const res = await fetch('https://telemetry.api.fitloop.example/v1/whoami', { headers: { 'x-platform': Platform.OS } });
  if (!res.ok) return null;
  const { ip } = (await res.json()) as { ip?: string };
  return ip ?? null;
}
