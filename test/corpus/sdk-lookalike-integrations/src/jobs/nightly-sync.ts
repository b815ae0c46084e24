import { GrowthBook } from '@growthbook/growthbook';
import Replicate from 'replicate';
import { contacts, type Contact } from '../crm/contacts-store';

const growthbook = new GrowthBook({ apiHost: 'https://cdn.growthbook.io', clientKey: process.env.GROWTHBOOK_KEY });
const replicate = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });

interface Product {
  sku: string;
  title: string;
  description: string;
}

export async function importLeads(leads: Contact[]) {
  for (const lead of leads) {
    // Same names as the Chargebee and Loops calls, but the codebase's own store.
    await contacts.customer.create({ email: lead.email, fullName: lead.fullName, phone: lead.phone });
    await contacts.createContact(lead.email, { fullName: lead.fullName });
    await contacts.trigger('lead-imported', { email: lead.email });
  }
}

export async function refreshCatalogCopy(products: Product[], appVersion: string) {
  // Flags are targeted on the build, not on a person.
  await growthbook.setAttributes({ appVersion, environment: process.env.NODE_ENV ?? 'production' });
  if (!growthbook.isOn('ai-product-copy')) return [];

  const rewritten: string[] = [];
  for (const product of products) {
    const output = await replicate.run('meta/meta-llama-3-8b-instruct', {
      input: { prompt: `Rewrite this product description in a warm tone: ${product.title}. ${product.description}` },
    });
    rewritten.push(String(output));
  }
  return rewritten;
}
