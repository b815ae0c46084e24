import Stripe from "stripe";

let stripeClient: Stripe | undefined;

/** The Stripe client, made on first use; billing is off when no secret key is set. */
export function getStripe() {
  if (!stripeClient) {
    const secretKey = process.env.STRIPE_SECRET_KEY;
    if (!secretKey) {
      throw new Error("STRIPE_SECRET_KEY must be set when billing is enabled");
    }
    stripeClient = new Stripe(secretKey, { apiVersion: "2023-10-16" });
  }
  return stripeClient;
}
