export const environment = {
  production: true,
  // Our own backend, served from the same origin.
  apiUrl: '/api',
  // The newsletter provider's list API (Mailchimp-compatible).
  newsletterUrl: 'https://us21.api.mailchimp.com/3.0',
  newsletterListId: 'a1b2c3d4e5',
};
