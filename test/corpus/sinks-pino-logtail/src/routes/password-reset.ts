import { Router } from 'express';
import { logger } from '../logger';
import { findUserByEmail, issueResetToken } from '../accounts/service';
import { sendResetMail } from '../accounts/reset-mail';

interface ResetRequestBody {
  email: string;
}

const RESET_TTL_MINUTES = 30;

export const passwordResetRouter = Router();

passwordResetRouter.post('/password-reset', async (req, res, next) => {
  const { email } = req.body as ResetRequestBody;
  if (typeof email !== 'string' || !email.includes('@')) {
    return res.status(400).json({ error: 'invalid_email' });
  }

  try {
    const user = await findUserByEmail(email.trim().toLowerCase());
    if (!user) {
      // Same answer as for known addresses, so the endpoint cannot be used to probe accounts.
      logger.info({ outcome: 'unknown-address', ttlMinutes: RESET_TTL_MINUTES }, 'password reset requested');
      return res.status(202).end();
    }

    const token = await issueResetToken(user.id, RESET_TTL_MINUTES);
    logger.info({ userId: user.id, expiresAt: token.expiresAt }, 'password reset token issued');

    await sendResetMail(user.email, token.value);
    res.status(202).end();
  } catch (err) {
    next(err);
  }
});
