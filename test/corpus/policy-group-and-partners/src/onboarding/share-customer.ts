import { Router } from 'express';
import axios from 'axios';
import { createCustomer, CustomerRecord } from '../customers/repository';

const NORTHBRIDGE = 'https://api.northbridge-consulting.example/v1';
const RESELLR = 'https://api.resellr.example/partners/ledgerly';

export const onboardingRouter = Router();

interface OnboardingRequest {
  fullName: string;
  email: string;
  phone: string;
  fnr: string;
  productSku: string;
  channel: 'direct' | 'northbridge' | 'resellr';
}

onboardingRouter.post('/onboarding', async (req, res, next) => {
  try {
    const body = req.body as OnboardingRequest;
    const customer: CustomerRecord = await createCustomer(body);

    if (body.channel === 'northbridge') {
      await axios.post(`${NORTHBRIDGE}/implementations`, {
        customerId: customer.customerId,
        contactName: body.fullName,
        contactEmail: body.email,
        productSku: body.productSku,
      });
      // The payroll module needs the national id to set up the employer's own salary account.
      await axios.post(`${NORTHBRIDGE}/payroll-setup`, { customerId: customer.customerId, fnr: body.fnr });
    }

    if (body.channel === 'resellr') {
      await axios.post(`${RESELLR}/activations`, {
        customerId: customer.customerId,
        email: body.email,
        phone: body.phone,
      });
    }

    await axios.post(`${RESELLR}/catalog/usage`, { productSku: body.productSku, activations: 1 });

    await axios.post('https://api.leadscore.example/v2/score', { email: body.email, productSku: body.productSku });

    res.status(201).json({ customerId: customer.customerId });
  } catch (err) {
    next(err);
  }
});
