import { Resend } from 'resend';

// Preview deployments have no API key: mail is skipped there, not an error.
export const resend = process.env.RESEND_API_KEY ? new Resend(process.env.RESEND_API_KEY) : null;

export const FROM_ADDRESS = 'Bokklubben <hei@bokklubben.no>';
