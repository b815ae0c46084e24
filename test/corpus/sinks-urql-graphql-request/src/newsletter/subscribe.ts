import { gql } from '@urql/core';
import { cms } from '../cms/cms-client';

const CREATE_SUBSCRIBER = gql`
  mutation CreateSubscriber($email: String!, $firstName: String, $topics: [Topic!]!) {
    createSubscriber(data: { email: $email, firstName: $firstName, topics: $topics }) { id }
  }
`;

const LATEST_ISSUES = gql`
  query LatestIssues($first: Int!) { issues(first: $first, orderBy: publishedAt_DESC) { slug title } }
`;

export type Topic = 'PRODUCT' | 'ACCOUNTING_TIPS' | 'EVENTS';

export interface SubscribeForm {
  email: string;
  firstName?: string;
  topics: Topic[];
  consent: boolean;
}

export async function handleSubscribe(request: Request): Promise<Response> {
  const form = (await request.json()) as SubscribeForm;
  if (!form.consent) return Response.json({ error: 'consent_required' }, { status: 400 });

  const result = await cms
    .mutation(CREATE_SUBSCRIBER, { email: form.email, firstName: form.firstName, topics: form.topics })
    .toPromise();
  if (result.error) {
    console.error('subscribe failed', result.error.message);
    return Response.json({ error: 'subscribe_failed' }, { status: 502 });
  }

  const issues = await cms.query(LATEST_ISSUES, { first: 3 }).toPromise();
  return Response.json({ ok: true, latest: issues.data?.issues ?? [] });
}
