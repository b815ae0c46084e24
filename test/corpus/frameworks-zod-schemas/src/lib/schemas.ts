import { z } from 'zod';

export const TrialSignup = z.object({
  contact: z.string().trim().email(),
  company: z.string().min(2).max(120),
  seats: z.coerce.number().int().min(1).max(500),
  referral: z.string().url().optional(),
  acceptTerms: z.literal(true),
});
export type TrialSignup = z.infer<typeof TrialSignup>;

export const InviteRequest = z.object({
  invitee: z.string().trim().toLowerCase().email(),
  role: z.enum(['admin', 'member', 'viewer']),
  workspaceSlug: z.string().regex(/^[a-z0-9-]{3,40}$/),
});
export type InviteRequest = z.infer<typeof InviteRequest>;

export const Feedback = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().max(2000).optional(),
  page: z.string().startsWith('/'),
  build: z.string().optional(),
});
export type Feedback = z.infer<typeof Feedback>;

export function badRequest(error: z.ZodError): Response {
  return Response.json({ errors: error.flatten().fieldErrors }, { status: 422 });
}
