import { Router } from 'express';
import { onboardEmployee, providerStatus } from '../services/onboarding';

export const employees = Router();

employees.post('/employees', async (req, res) => {
  const { fnr, firstName, lastName, email, fte, startsOn } = req.body as Record<string, string>;
  const result = await onboardEmployee({
    id: crypto.randomUUID(),
    fnr,
    firstName,
    lastName,
    email,
    fte: Number(fte),
    startsOn: new Date(startsOn),
  });
  res.status(201).json(result);
});

employees.get('/employees/pension-status', async (_req, res) => {
  res.json({ provider: await providerStatus() });
});
