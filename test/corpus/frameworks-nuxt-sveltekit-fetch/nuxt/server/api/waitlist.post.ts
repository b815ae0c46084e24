export default defineEventHandler(async (event) => {
  const body = await readBody<{ email: string; firstName: string; company?: string }>(event);
  const config = useRuntimeConfig();

  await $fetch('https://api.convertkit.com/v3/forms/4711/subscribe', {
    method: 'POST',
    body: { api_key: config.convertkitKey, email: body.email, first_name: body.firstName },
  });

  // Our own API records the sign-up: same origin, nothing leaves.
  await $fetch('/api/internal/signups', { method: 'POST', body: { email: body.email } });
  return { ok: true };
});
