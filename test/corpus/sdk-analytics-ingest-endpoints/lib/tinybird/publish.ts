import { Tinybird } from '@chronark/zod-bird';
import { z } from 'zod';

const tb = new Tinybird({ token: process.env.TINYBIRD_TOKEN! });

// Each endpoint is a function: calling it sends its events to Tinybird.
export const publishPageView = tb.buildIngestEndpoint({
  datasource: 'page_views__v2',
  event: z.object({
    linkId: z.string(),
    viewerEmail: z.string().nullable(),
    ipAddress: z.string().nullable(),
    userAgent: z.string(),
  }),
});

export const getViewsByLink = tb.buildPipe({
  pipe: 'views_by_link__v1',
  parameters: z.object({ linkId: z.string(), since: z.number() }),
  data: z.object({ viewCount: z.number() }),
});
