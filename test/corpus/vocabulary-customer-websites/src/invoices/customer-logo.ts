const LOGO_CDN = 'https://img.logokit.example';

export interface InvoiceCustomer {
  id: string;
  name: string;
  email: string;
  website: string | null;
}

/** Normalises what people type into the website field: `https://www.acme.no/about` → `acme.no`. */
export function domainOf(website: string): string {
  const withScheme = /^https?:\/\//.test(website) ? website : `https://${website}`;
  return new URL(withScheme).hostname.replace(/^www\./, '');
}

/**
 * The invoice header shows the customer's logo. A customer's website in invoicing code is the
 * business's site, so asking a logo service for it shares nothing about a person.
 */
export async function customerLogo(customer: InvoiceCustomer): Promise<ArrayBuffer | null> {
  if (!customer.website) return null;
  const res = await fetch(`${LOGO_CDN}/${domainOf(customer.website)}?token=${process.env.LOGOKIT_TOKEN}&size=180`);
  return res.ok ? res.arrayBuffer() : null;
}

/** The same for the contact card in the CRM sidebar. */
export async function contactLogo(contact: { companyName: string; website?: string }): Promise<string | null> {
  const res = await fetch(`${LOGO_CDN}/search?domain=${encodeURIComponent(contact.website ?? '')}`);
  const { url } = (await res.json()) as { url?: string };
  return url ?? null;
}
