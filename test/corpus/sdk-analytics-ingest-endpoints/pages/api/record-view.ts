import type { NextApiRequest, NextApiResponse } from 'next';
import { getViewsByLink, publishPageView } from '@/lib/tinybird';
import { makeSummaryLine } from '@/lib/format/summary';

const summaryLine = makeSummaryLine('view');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { linkId, viewerEmail } = req.body as { linkId: string; viewerEmail: string | null };
  const ipAddress = (req.headers['x-forwarded-for'] as string | undefined)?.split(',')[0] ?? null;

  await publishPageView({ linkId, viewerEmail, ipAddress, userAgent: req.headers['user-agent'] ?? '' });

  const { data } = await getViewsByLink({ linkId, since: Date.now() - 86_400_000 });
  console.info(summaryLine({ email: viewerEmail }));
  res.status(200).json({ views: data[0]?.viewCount ?? 0 });
}
