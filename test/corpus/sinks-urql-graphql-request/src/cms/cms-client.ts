import { createClient, cacheExchange, fetchExchange, Client } from '@urql/core';

const HYGRAPH_ENDPOINT = 'https://eu-central-1.cdn.hygraph.com/content/clx8tally0000/master';

function mutationToken(): string {
  const token = process.env.HYGRAPH_MUTATION_TOKEN;
  if (!token) throw new Error('HYGRAPH_MUTATION_TOKEN is not set');
  return token;
}

/**
 * Hygraph holds the marketing site's content and, since the 2024 redesign, the newsletter
 * subscriber list that its webhooks hand to the mailing tool.
 */
export const cms: Client = createClient({
  url: HYGRAPH_ENDPOINT,
  exchanges: [cacheExchange, fetchExchange],
  requestPolicy: 'cache-and-network',
  fetchOptions: () => ({
    headers: { authorization: `Bearer ${mutationToken()}` },
  }),
});
