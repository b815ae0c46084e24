import express, { Request, Response } from 'express';
import axios from 'axios';
import { createSession } from './session-store';

const router = express.Router();

const IP_ALLOWLIST_VERSION = '2024-11';
const GEO_API = 'https://api.geoipify.example/v1/lookup';
const FRAUD_API = 'https://fraud.riskradar.example/v1/score';

router.post('/sessions', async (req: Request, res: Response) => {
  const clientIp = req.ip ?? req.socket.remoteAddress ?? '';
  const { userId, deviceFingerprint } = req.body as { userId: string; deviceFingerprint: string };

  try {
    const { data: geo } = await axios.get<{ country: string }>(GEO_API, { params: { ip: clientIp } });

    const { data: risk } = await axios.post<{ score: number }>(FRAUD_API, {
      ipAddress: clientIp,
      deviceFingerprint,
      userId,
      ipAllowlistVersion: IP_ALLOWLIST_VERSION,
    });

    if (risk.score > 0.9) {
      res.status(403).json({ error: 'session_blocked' });
      return;
    }
    const session = await createSession(userId, { country: geo.country });
    res.status(201).json({ sessionId: session.id });
  } catch (err) {
    console.error('session creation failed', (err as Error).message);
    res.status(503).json({ error: 'try_again' });
  }
});

export default router;
