import { gql } from '@apollo/client';
import { partnerClient, appClient } from '../graphql/clients';

const REGISTER_LEAD = gql`
  mutation RegisterLead($input: LeadInput!) {
    registerLead(input: $input) { id status }
  }
`;

const PARTNER_TIERS = gql`
  query PartnerTiers { tiers { code commissionPercent } }
`;

const SAVE_LEAD = gql`
  mutation SaveLead($email: String!, $phone: String, $source: String!) {
    saveLead(email: $email, phone: $phone, source: $source) { id }
  }
`;

export interface LeadForm {
  contactName: string;
  email: string;
  phone: string;
  companyName: string;
  seats: number;
}

export async function submitLeadForm(form: LeadForm, viaPartner: boolean): Promise<string> {
  const saved = await appClient.mutate({
    mutation: SAVE_LEAD,
    variables: { email: form.email, phone: form.phone, source: viaPartner ? 'partner' : 'web' },
  });

  if (!viaPartner) return saved.data.saveLead.id;

  const { data: tiers } = await partnerClient.query({ query: PARTNER_TIERS, fetchPolicy: 'cache-first' });
  const tier = form.seats >= 50 ? tiers.tiers[0].code : tiers.tiers[tiers.tiers.length - 1].code;

  try {
    const result = await partnerClient.mutate({
      mutation: REGISTER_LEAD,
      variables: {
        input: { contactName: form.contactName, email: form.email, phone: form.phone, companyName: form.companyName, tier },
      },
    });
    return result.data.registerLead.id;
  } catch (err) {
    console.error('lead registration at PartnerHub failed', err);
    return saved.data.saveLead.id;
  }
}
