import { logger, dryRunLog } from '../logging';
import { logPaymentFailure } from './payment-log';
import { listDueInvoices, markDispatched } from '../invoices/repository';
import { deliverInvoice, DeliveryError } from '../invoices/delivery';

export interface DispatchOptions {
  dryRun: boolean;
  batchSize: number;
}

export async function dispatchDueInvoices(opts: DispatchOptions): Promise<number> {
  const due = await listDueInvoices(opts.batchSize);
  logger.info('Invoice dispatch started', { count: due.length, dryRun: opts.dryRun });

  let delivered = 0;
  for (const invoice of due) {
    if (opts.dryRun) {
      dryRunLog.debug(`would send invoice ${invoice.number} to ${invoice.customer.email}`);
      continue;
    }

    try {
      await deliverInvoice(invoice);
      await markDispatched(invoice.id);
      delivered += 1;
      logger.info('Invoice delivered', {
        invoiceNumber: invoice.number,
        channel: invoice.customer.preferredChannel,
        customerEmail: invoice.customer.email,
      });
    } catch (err) {
      if (err instanceof DeliveryError && err.code === 'CARD_DECLINED') {
        logPaymentFailure(invoice.customer, invoice.number, err.message);
      } else {
        logger.error('Invoice delivery failed', {
          invoiceNumber: invoice.number,
          customerId: invoice.customer.customerId,
          error: err instanceof Error ? err.message : String(err),
        });
      }
    }
  }

  logger.info('Invoice dispatch finished', { delivered, failed: due.length - delivered });
  return delivered;
}

if (require.main === module) {
  const dryRun = process.argv.includes('--dry-run');
  dispatchDueInvoices({ dryRun, batchSize: 200 }).catch((err) => {
    logger.error('Invoice dispatch crashed', { error: (err as Error).message });
    process.exitCode = 1;
  });
}
