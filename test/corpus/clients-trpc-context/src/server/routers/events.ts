import { z } from 'zod';
import { publicProcedure, router } from '../trpc';

export const eventsRouter = router({
  planViewed: publicProcedure.input(z.object({ plan: z.string() })).mutation(({ ctx, input }) => {
    ctx.posthog.capture({ distinctId: ctx.userId ?? 'anonymous', event: 'plan viewed', properties: { plan: input.plan } });
  }),
});
