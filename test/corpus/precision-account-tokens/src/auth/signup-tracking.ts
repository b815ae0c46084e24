interface SignedUpUser {
  id: string;
  email: string;
}

/**
 * Conversion goals go to the analytics vendor with the application's own API key. The visitor id
 * is the one its script set in the browser; the e-mail and the user id are ours.
 */
export async function trackSignup(user: SignedUpUser, datapulseVisitorId: string | undefined) {
  if (datapulseVisitorId) {
    await fetch('https://api.datapulse.example/v1/goals', {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.DATAPULSE_API_KEY}` },
      body: JSON.stringify({ datapulse_visitor_id: datapulseVisitorId, name: 'signup', metadata: { email: user.email } }),
    });
  }

  // Only the vendor's own visitor id: the vendor learns nothing it did not issue.
  await fetch('https://api.datapulse.example/v1/pageviews', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.DATAPULSE_API_KEY}` },
    body: JSON.stringify({ datapulse_visitor_id: datapulseVisitorId, path: '/welcome' }),
  });

  // Our own user id with the application's key: a disclosure.
  await fetch('https://hooks.partner-crm.example/v2/signups', {
    method: 'POST',
    headers: { 'x-api-key': process.env.PARTNER_CRM_KEY ?? '' },
    body: JSON.stringify({ externalUserId: user.id, plan: 'trial' }),
  });
}
