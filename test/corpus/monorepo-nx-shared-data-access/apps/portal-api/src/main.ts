import express from 'express';
import { healthSnapshot, reportHealth, upsertCrmContact } from '@org/shared/data-access';
import { registrations } from './app/registrations';

const app = express();
app.use(express.json());

app.post('/api/patients', async (req, res) => {
  const patient = registrations.add({
    email: req.body.email,
    firstName: req.body.firstName,
    lastName: req.body.lastName,
    phone: req.body.phone,
  });
  const contact = await upsertCrmContact(patient);
  registrations.linkCrm(patient.id, contact.id);
  res.status(201).json({ id: patient.id });
});

setInterval(() => {
  void reportHealth(healthSnapshot('portal-api', registrations.pending()));
}, 60_000);

const port = Number(process.env.PORT ?? 3333);
app.listen(port, () => console.log(`portal-api listening on ${port}`));
