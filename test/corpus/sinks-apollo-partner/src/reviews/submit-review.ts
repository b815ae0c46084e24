import { gql } from '@apollo/client';
import { reviewsClient } from '../graphql/clients';
import { getSessionUser } from '../session';

const SUBMIT_REVIEW = gql`
  mutation SubmitReview($sku: ID!, $rating: Int!, $text: String!, $authorName: String!) {
    submitReview(sku: $sku, rating: $rating, text: $text, authorName: $authorName) { id }
  }
`;

const PRODUCT_RATING = gql`
  query ProductRating($sku: ID!) { product(sku: $sku) { sku averageRating reviewCount } }
`;

export async function loadRating(sku: string): Promise<{ averageRating: number; reviewCount: number }> {
  const { data } = await reviewsClient.query({ query: PRODUCT_RATING, variables: { sku } });
  return data.product;
}

export async function submitReview(sku: string, rating: number, text: string): Promise<void> {
  if (rating < 1 || rating > 5) throw new RangeError('rating must be between 1 and 5');
  const user = await getSessionUser();
  if (!user) throw new Error('must be signed in to review');

  await reviewsClient.mutate({
    mutation: SUBMIT_REVIEW,
    variables: { sku, rating, text, authorName: user.fullName },
  });
}
