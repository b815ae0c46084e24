import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { onError } from '@apollo/client/link/error';

const errorLink = onError(({ graphQLErrors, networkError, operation }) => {
  if (graphQLErrors?.length) console.warn(`[graphql] ${operation.operationName}: ${graphQLErrors.length} error(s)`);
  if (networkError) console.warn(`[graphql] network error in ${operation.operationName}`);
});

/** Our reseller's lead registry; deals registered here earn them their commission. */
export const partnerClient = new ApolloClient({
  uri: 'https://api.partnerhub.example/graphql',
  cache: new InMemoryCache(),
  headers: { authorization: `Bearer ${process.env.NEXT_PUBLIC_PARTNERHUB_TOKEN ?? ''}` },
});

/** Our own BFF, served by this Next.js app. */
export const appClient = new ApolloClient({
  uri: '/api/graphql',
  cache: new InMemoryCache(),
  credentials: 'same-origin',
});

/** Product reviews widget backed by Reviewly. */
export const reviewsClient = new ApolloClient({
  link: from([errorLink, new HttpLink({ uri: 'https://graphql.reviewly.example/v1' })]),
  cache: new InMemoryCache({ typePolicies: { Product: { keyFields: ['sku'] } } }),
});
