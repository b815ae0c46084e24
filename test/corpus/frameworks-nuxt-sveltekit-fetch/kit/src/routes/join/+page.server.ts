// SvelteKit generates ./$types at build time; the action is typed by it there.
import { fail } from '@sveltejs/kit';

export const actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '');
    const phone = String(form.get('phone') ?? '');
    if (!email.includes('@')) return fail(400, { email, invalid: true });
    await fetch('https://api.brevo.com/v3/contacts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, attributes: { SMS: phone } }),
    });
    return { success: true };
  },
};
