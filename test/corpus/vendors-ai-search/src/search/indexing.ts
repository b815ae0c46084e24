import algoliasearch from 'algoliasearch';
import { MeiliSearch } from 'meilisearch';
import Typesense from 'typesense';
import { listCustomers, listEmployees, listContacts, listProducts } from './sources';

const algolia = algoliasearch(process.env.ALGOLIA_APP_ID ?? '', process.env.ALGOLIA_ADMIN_KEY ?? '');
const meili = new MeiliSearch({ host: 'https://search.internal.tallyhub.example', apiKey: process.env.MEILI_KEY });
const typesense = new Typesense.Client({
  nodes: [{ host: 'x7k2p9q4r1.a1.typesense.net', port: 443, protocol: 'https' }],
  apiKey: process.env.TYPESENSE_ADMIN_KEY ?? '',
  connectionTimeoutSeconds: 5,
});

/** Customer search in the back office (Algolia). */
export async function reindexCustomers(): Promise<void> {
  const customers = await listCustomers();
  const index = algolia.initIndex('customers');
  await index.saveObjects(
    customers.map((c) => ({ objectID: c.customerNumber, fullName: c.fullName, email: c.email })),
  );
}

/** The staff directory lives in our self-hosted Meilisearch. */
export async function reindexEmployees(): Promise<void> {
  const employees = await listEmployees();
  await meili.index('employees').addDocuments(
    employees.map((e) => ({ id: e.employeeNumber, name: e.fullName, email: e.workEmail, phone: e.workPhone })),
  );
}

/** Partner contacts for the CRM quick search (Typesense Cloud). */
export async function reindexContacts(): Promise<void> {
  for (const contact of await listContacts()) {
    await typesense
      .collections('contacts')
      .documents()
      .upsert({ id: contact.contactId, email: contact.email, phone: contact.phone });
  }
}

export async function reindexProducts(): Promise<void> {
  const products = await listProducts();
  await algolia.initIndex('products').saveObjects(products.map((p) => ({ objectID: p.sku, title: p.title, price: p.price })));
}
