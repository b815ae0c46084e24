import { EventEmitter } from 'node:events';

export interface SignedUpEvent {
  userId: string;
  contact: string;
  locale: 'nb' | 'en';
  referralCode?: string;
}

export interface OrderPaidEvent {
  orderId: string;
  amountNok: number;
  items: number;
}

export interface AccountDeletedEvent {
  userId: string;
  reason: 'user-request' | 'inactivity';
}

/** In-process domain events: the routes emit, the handlers in ../handlers react. */
class DomainEvents extends EventEmitter {
  constructor() {
    super({ captureRejections: true });
    this.setMaxListeners(20);
  }
}

export const bus = new DomainEvents();

bus.on('error', (err) => {
  console.error('domain event handler failed', err);
});
