// SvelteKit generates ./$types at build time; the load is typed by it there.

export const load = async ({ fetch, params }) => {
  // The app's own endpoint: a relative URL stays on the same origin.
  const res = await fetch(`/api/accounts/${params.id}`);
  return { account: (await res.json()) as { email: string } };
};
