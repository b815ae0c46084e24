import { Dub } from 'dub';

export const dub = new Dub({ token: process.env.DUB_API_KEY });

export interface CheckoutDiscount {
  discounts: Array<{ coupon: string }>;
}

/**
 * A customer who signed up through a partner link gets the partner's discount at checkout.
 * Dub knows the customer by our own user id (externalId), given when the lead was tracked.
 */
export async function referralDiscountFor(externalId: string): Promise<CheckoutDiscount | null> {
  try {
    const customers = await dub.customers.list({ externalId, includeExpandedFields: true });
    const customer = customers[0];
    const coupon = process.env.NODE_ENV === 'production' ? customer?.discount?.couponId : customer?.discount?.couponTestId;
    return coupon ? { discounts: [{ coupon }] } : null;
  } catch (error) {
    console.warn('Referral discount lookup failed; continuing without it', error);
    return null;
  }
}

/** Partner programme overview for the admin page: no customer filter, only the page size. */
export async function latestReferredCustomers(limit = 20) {
  const customers = await dub.customers.list({ pageSize: limit });
  return customers.map((c) => ({ id: c.id, since: c.createdAt }));
}
