// SMS through a gateway that takes everything in the query string (GET), as many older
// gateways do. Used by the reminder job and by the "send test message" button.

const GATEWAY = 'https://http-api.smsgateway.example.cz/Send';
const BALANCE = 'https://http-api.smsgateway.example.cz/Balance';

function gatewayUrl(base, settings) {
  const url = new URL(base);
  url.searchParams.set('apikey', settings.apiKey);
  url.searchParams.set('gateway', settings.route || 'high');
  return url;
}

export async function sendReminder(settings, target, text) {
  const url = gatewayUrl(GATEWAY, settings);
  url.searchParams.set('msisdn', target);
  url.searchParams.set('message', text.replace(/[^\x00-\x7F]/g, ''));
  const response = await fetch(url, { method: 'GET' });
  if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
  return response.text();
}

export async function remainingCredit(settings) {
  const url = gatewayUrl(BALANCE, settings);
  url.searchParams.set('format', 'json');
  const response = await fetch(url);
  const body = await response.json();
  return body.credit;
}
