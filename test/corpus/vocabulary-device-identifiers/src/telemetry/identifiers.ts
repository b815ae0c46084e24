import DeviceInfo from 'react-native-device-info';
import { Platform } from 'react-native';
import { getAdvertisingId } from './device-ids';
import { readCookie } from './cookies';

export interface DeviceIdentifiers {
  deviceId: string;
  advertisingId: string | null;
  cookieId: string | null;
  pushToken: string | null;
}

export interface DeviceTraits {
  deviceModel: string;
  osVersion: string;
  appVersion: string;
  deviceType: 'phone' | 'tablet';
  cookieConsentVersion: number;
}

export async function collectIdentifiers(pushToken: string | null): Promise<DeviceIdentifiers> {
  return {
    deviceId: await DeviceInfo.getUniqueId(),
    advertisingId: await getAdvertisingId(),
    cookieId: await readCookie('_fl_id'),
    pushToken,
  };
}

export function collectTraits(): DeviceTraits {
  return {
    deviceModel: DeviceInfo.getModel(),
    osVersion: `${Platform.OS} ${DeviceInfo.getSystemVersion()}`,
    appVersion: DeviceInfo.getVersion(),
    deviceType: DeviceInfo.isTablet() ? 'tablet' : 'phone',
    cookieConsentVersion: 3,
  };
}
