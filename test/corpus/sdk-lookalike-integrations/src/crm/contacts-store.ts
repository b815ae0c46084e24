// The company's own CRM tables: a repository with the method names SDKs use, nothing external.
export interface Contact {
  email: string;
  fullName: string;
  phone?: string;
}

const rows: Contact[] = [];

export const contacts = {
  customer: {
    async create(contact: Contact) {
      rows.push(contact);
      return { customer: { id: String(rows.length) } };
    },
  },
  async createContact(email: string, properties: { fullName: string }) {
    rows.push({ email, fullName: properties.fullName });
  },
  async trigger(workflow: string, payload: { email: string }) {
    return { workflow, queuedFor: payload.email };
  },
};
