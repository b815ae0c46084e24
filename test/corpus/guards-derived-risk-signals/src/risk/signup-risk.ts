import axios from 'axios';
import * as Sentry from '@sentry/node';
import { countRecentSignupsFromIp, loadAttempt } from './velocity';

const RISK_SCORER = 'https://api.riskscore-cloud.example/v2/score';
const MANUAL_REVIEW = 'https://api.trustdesk.example/v1/cases';

export interface SignupAttempt {
  email: string;
  phone?: string;
  fullName: string;
  dateOfBirth?: string;
  deliveryAddress: string;
  billingAddress: string;
  ip: string;
  plan: 'free' | 'team' | 'business';
}

/**
 * Scores a signup without handing the scorer anything that identifies the person: only shapes,
 * flags and counts derived from the attempt.
 */
export async function scoreSignup(attemptId: string): Promise<number> {
  const attempt: SignupAttempt = await loadAttempt(attemptId);
  const { email, phone, fullName, dateOfBirth, deliveryAddress, billingAddress, ip, plan } = attempt;

  const features = {
    emailLength: email.length,
    emailHasDigits: /\d/.test(email),
    plusAddressed: email.includes('+'),
    hasPhone: !!phone,
    phoneIsNorwegian: phone?.startsWith('+47') ?? false,
    nameWordCount: fullName.trim().split(/\s+/).length,
    birthDateGiven: typeof dateOfBirth === 'string',
    sameAddress: deliveryAddress.trim().toLowerCase() === billingAddress.trim().toLowerCase(),
    signupsFromIpLastHour: await countRecentSignupsFromIp(ip),
  };

  Sentry.setTag('signup.has_phone', String(features.hasPhone));

  const { data } = await axios.post<{ score: number }>(RISK_SCORER, { features, plan }, { timeout: 2_000 });

  if (data.score > 0.85) {
    await axios.post(MANUAL_REVIEW, {
      queue: 'signup',
      email,
      ip,
      score: data.score,
      reason: features.signupsFromIpLastHour > 5 ? 'velocity' : 'model',
    });
  }
  return data.score;
}
