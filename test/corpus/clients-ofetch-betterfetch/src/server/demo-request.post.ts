import { $fetch } from 'ofetch';
import { createPerson, pipelineStages } from '../lib/crm';
import { sendDemoConfirmation } from '../lib/mailer';

interface DemoRequestBody {
  fullName: string;
  email: string;
  phone?: string;
  company: string;
  slot: string;
}

export async function handleDemoRequest(body: DemoRequestBody): Promise<{ personId: number }> {
  const personId = await createPerson({ name: body.fullName, email: body.email, phone: body.phone, source: 'demo-form' });
  await sendDemoConfirmation(body.email, body.fullName, body.slot);

  // Sales sees the request in the team chat; company and slot only.
  await $fetch('https://hooks.zapier.com/hooks/catch/118273/bq7w1z/', {
    method: 'POST',
    body: { company: body.company, slot: body.slot, stages: (await pipelineStages()).length },
  });

  await $fetch('/api/internal/demo-slots/reserve', { method: 'POST', body: { slot: body.slot, email: body.email } });
  return { personId };
}
