import axios from 'axios';

const SMS_GATEWAY = 'https://gatewayapi.com/rest/mtsms';

export interface SmsResult {
  ids: number[];
}

/** Sends a text message through our SMS processor. */
export async function sendSms(recipientPhone: string, message: string): Promise<SmsResult> {
  const { data } = await axios.post<SmsResult>(
    SMS_GATEWAY,
    { sender: 'Acme', message, recipients: [{ msisdn: recipientPhone.replace(/\D/g, '') }] },
    { auth: { username: process.env.GATEWAYAPI_TOKEN ?? '', password: '' } },
  );
  return data;
}

export async function gatewayBalance(): Promise<number> {
  const { data } = await axios.get<{ credit: number }>('https://gatewayapi.com/rest/me', {
    auth: { username: process.env.GATEWAYAPI_TOKEN ?? '', password: '' },
  });
  return data.credit;
}
