import { z } from 'zod';
import { protectedProcedure, publicProcedure, router } from '../trpc';

export const eventsRouter = router({
  planViewed: publicProcedure.input(z.object({ plan: z.string() })).mutation(({ ctx, input }) => {
    ctx.posthog.capture({ distinctId: ctx.userId ?? 'anonymous', event: 'plan viewed', properties: { plan: input.plan } });
  }),
});

export const supportRouter = router({
  escalate: protectedProcedure.input(z.object({ email: z.string().email(), message: z.string() })).mutation(async (opts) => {
    await opts.ctx.posthog.capture({ distinctId: opts.ctx.userId!, event: 'support escalated', properties: { email: opts.input.email } });
  }),
});
