import twilio from 'twilio';
import * as brevo from '@getbrevo/brevo';
import * as OneSignal from '@onesignal/node-onesignal';
import { WebClient } from '@slack/web-api';

/** SMS via Twilio. */
export const smsKlient = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
export const SMS_AVSENDER = 'Fakturaflyt';

/** Transaksjonell e-post via Brevo. */
export const epostKlient = new brevo.TransactionalEmailsApi();
epostKlient.setApiKey(brevo.TransactionalEmailsApiApiKeys.apiKey, process.env.BREVO_API_KEY ?? '');

/** Push-varsler til mobilappen via OneSignal. */
export const pushKlient = new OneSignal.DefaultApi(
  OneSignal.createConfiguration({ restApiKey: process.env.ONESIGNAL_REST_API_KEY ?? '' }),
);
export const ONESIGNAL_APP_ID = process.env.ONESIGNAL_APP_ID ?? '';

/** Driftskanalen i Slack. */
export const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
export const DRIFTSKANAL = '#drift-varsling';

export function nyttPushvarsel(): OneSignal.Notification {
  const varsel = new OneSignal.Notification();
  varsel.app_id = ONESIGNAL_APP_ID;
  return varsel;
}
