import { partner } from '../api/partner';
import { addressApi, hubspot } from '../api/http';

export interface QuoteForm {
  fullName: string;
  birthDate: string;
  email: string;
  streetAddress: string;
  postalCode: string;
  product: string;
}

export async function requestQuote(form: QuoteForm) {
  const { data: matches } = await addressApi.get('/sok', { params: { sok: `${form.streetAddress} ${form.postalCode}`, treffPerSide: 1 } });
  const { data, error } = await partner.POST('/quotes', {
    body: { fullName: form.fullName, birthDate: form.birthDate, email: form.email, product: form.product },
  });
  if (error || !data) throw new Error('quote failed');
  await hubspot.post('crm/v3/objects/contacts', {
    json: { properties: { email: form.email, firstname: form.fullName.split(' ')[0], insurance_quote: data.quoteId } },
  });
  return { quote: data, address: matches };
}

export async function listProducts() {
  const { data } = await partner.GET('/products', { params: { query: { market: 'NO' } } });
  return data ?? [];
}
