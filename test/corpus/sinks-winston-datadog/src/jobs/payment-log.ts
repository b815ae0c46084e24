import { logger } from '../logging';

export interface Customer {
  customerId: string;
  fullName: string;
  email: string;
  phone: string;
  preferredChannel: 'email' | 'sms';
}

export type DeclineReason = 'insufficient_funds' | 'expired_card' | 'do_not_honor' | 'unknown';

export function toDeclineReason(message: string): DeclineReason {
  if (/insufficient/i.test(message)) return 'insufficient_funds';
  if (/expired/i.test(message)) return 'expired_card';
  if (/do not honou?r/i.test(message)) return 'do_not_honor';
  return 'unknown';
}

/**
 * Card declines are followed up by the collections team, who look customers up by id and call
 * them; the warning carries what they need.
 */
export function logPaymentFailure(customer: Customer, invoiceNumber: string, message: string): void {
  logger.warn('Card payment declined', {
    invoiceNumber,
    reason: toDeclineReason(message),
    customerId: customer.customerId,
    customerPhone: customer.phone,
  });
}
