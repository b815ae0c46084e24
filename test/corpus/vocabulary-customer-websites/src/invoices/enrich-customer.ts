import { domainOf, type InvoiceCustomer } from './customer-logo';

const ENRICH_API = 'https://api.firmagraph.example/v2';

interface CompanyLookup {
  companyName: string;
  companyDomain?: string;
}

/** Looks up industry and size for a new customer, by the business's own name and domain. */
async function lookupCompany(query: CompanyLookup): Promise<{ industry?: string; employees?: number }> {
  const res = await fetch(`${ENRICH_API}/companies/lookup`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.FIRMAGRAPH_KEY}` },
    body: JSON.stringify(query),
  });
  return res.ok ? res.json() : {};
}

export async function enrichNewCustomer(customer: InvoiceCustomer) {
  // The code says whose name this is: the company's.
  const company = await lookupCompany({
    companyName: customer.name,
    companyDomain: customer.website ? domainOf(customer.website) : undefined,
  });

  // The person to invoice is still a person: their name under a contact key goes to the CRM.
  await fetch('https://api.pipecrm.example/v1/contacts', {
    method: 'POST',
    headers: { 'x-api-key': process.env.PIPECRM_KEY ?? '' },
    body: JSON.stringify({ contactName: customer.name, industry: company.industry }),
  });
  return company;
}
