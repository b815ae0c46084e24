import { sendgridSmtp, staffRelay, FROM_ADDRESS, OPS_MAILBOX } from './transports';
import { findNewCustomers, findAccountManager } from '../customers/repository';
import { renderWelcome } from './templates';

export async function sendOnboardingMail(since: Date): Promise<void> {
  const customers = await findNewCustomers(since);

  for (const customer of customers) {
    try {
      await sendgridSmtp.sendMail({
        from: FROM_ADDRESS,
        to: customer.email,
        subject: 'Welcome to Tallyhub',
        html: renderWelcome({ firstName: customer.firstName, plan: customer.plan }),
      });

      const manager = await findAccountManager(customer.region);
      await staffRelay.sendMail({
        from: FROM_ADDRESS,
        to: manager.email,
        subject: `New ${customer.plan} customer: ${customer.fullName}`,
        text: `Phone: ${customer.phone}\nSigned up: ${customer.createdAt.toISOString()}`,
      });
    } catch (err) {
      console.error('onboarding mail failed', (err as Error).message);
    }
  }

  await sendgridSmtp.sendMail({
    from: FROM_ADDRESS,
    to: OPS_MAILBOX,
    subject: 'Onboarding digest',
    text: `${customers.length} welcome mails sent since ${since.toISOString()}`,
  });
}
