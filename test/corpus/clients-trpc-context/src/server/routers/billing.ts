import { z } from 'zod';
import { protectedProcedure, router } from '../trpc';

export const billingRouter = router({
  createCustomer: protectedProcedure
    .input(z.object({ email: z.string().email(), fullName: z.string(), plan: z.enum(['team', 'business']) }))
    .mutation(async ({ ctx, input }) => {
      const customer = await ctx.stripe.customers.create({ email: input.email, name: input.fullName, metadata: { plan: input.plan } });
      await ctx.db.account.update({ where: { id: ctx.userId! }, data: { stripeCustomerId: customer.id, billingEmail: input.email } });
      return { customerId: customer.id };
    }),
});
