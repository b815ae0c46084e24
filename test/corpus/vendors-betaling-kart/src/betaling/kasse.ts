import { stripe, mollie, tilOre, tilMollieBelop } from './klienter';
import { hentOrdre, hentKunde, lagreBetalingsreferanse } from '../ordre/lager';

export type Betalingsmetode = 'kort' | 'ideal' | 'bancontact';

export async function startBetaling(ordrenummer: string, metode: Betalingsmetode): Promise<string> {
  const ordre = await hentOrdre(ordrenummer);
  const kunde = await hentKunde(ordre.kundenummer);

  if (metode === 'kort') {
    const stripeKunde = await stripe.customers.create({
      email: kunde.epost,
      name: kunde.kundenavn,
      address: {
        line1: kunde.gateadresse,
        postal_code: kunde.postnummer,
        city: kunde.poststed,
        country: 'NO',
      },
    });
    const intent = await stripe.paymentIntents.create({
      amount: tilOre(ordre.sumInklMva),
      currency: 'nok',
      automatic_payment_methods: { enabled: true },
      metadata: { ordrenummer: ordre.nummer },
    });
    await lagreBetalingsreferanse(ordre.nummer, { stripeKunde: stripeKunde.id, intent: intent.id });
    return intent.client_secret ?? '';
  }

  const mollieKunde = await mollie.customers.create({ name: kunde.kundenavn, email: kunde.epost, locale: 'nl_NL' });
  const betaling = await mollie.payments.create({
    amount: tilMollieBelop(ordre.sumInklMva),
    description: `Ordre ${ordre.nummer}`,
    redirectUrl: `https://butikk.nordlys-handel.example/kvittering/${ordre.nummer}`,
    webhookUrl: 'https://butikk.nordlys-handel.example/api/mollie/webhook',
    method: metode,
  });
  await lagreBetalingsreferanse(ordre.nummer, { mollieKunde: mollieKunde.id, betaling: betaling.id });
  return betaling.getCheckoutUrl() ?? '';
}
