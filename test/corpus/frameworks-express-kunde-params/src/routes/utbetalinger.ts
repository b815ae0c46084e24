import { Router } from 'express';
import axios, { isAxiosError } from 'axios';

const NETTBANK = 'https://api.nettbank-partner.example/payments/v1';
const METRICS = 'https://prometheus-push.grafana-cloud.example/api/v1/push';

interface UtbetalingBody {
  kontonummer: string;
  belop: number;
  kundenummer: string;
  melding?: string;
}

export const utbetalingRouter = Router();

utbetalingRouter.post('/utbetalinger', async (req, res) => {
  const { kontonummer, belop, kundenummer, melding } = req.body as UtbetalingBody;
  if (!/^\d{11}$/.test(kontonummer) || !(belop > 0)) {
    return res.status(400).json({ feil: 'ugyldig kontonummer eller beløp' });
  }

  try {
    const { data } = await axios.post(`${NETTBANK}/credit-transfers`, {
      creditorAccount: kontonummer,
      amount: { value: belop.toFixed(2), currency: 'NOK' },
      reference: kundenummer,
      remittanceInformation: melding ?? 'Tilbakebetaling',
    });

    await axios.post(METRICS, { metric: 'utbetaling_kroner_total', value: belop, labels: { kanal: 'api' } });

    return res.status(201).json({ betalingsId: data.paymentId });
  } catch (err) {
    if (isAxiosError(err) && err.response?.status === 422) {
      return res.status(422).json({ feil: 'banken avviste betalingen' });
    }
    console.error('utbetaling feilet', err);
    return res.status(502).json({ feil: 'banken svarte ikke' });
  }
});
