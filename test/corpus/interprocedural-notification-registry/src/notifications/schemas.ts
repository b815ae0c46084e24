import { z } from "zod";

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  full_name: z.string().optional(),
  team_id: z.string(),
  role: z.enum(["owner", "member"]),
});

export type UserData = z.infer<typeof userSchema>;

export const invoiceSentSchema = z.object({
  users: z.array(userSchema),
  invoiceId: z.string().uuid(),
  invoiceNumber: z.string(),
  customerName: z.string(),
  customerEmail: z.string().email(),
});

export const invoicePaidSchema = z.object({
  users: z.array(userSchema),
  invoiceId: z.string().uuid(),
  invoiceNumber: z.string(),
  paidAt: z.string(),
});

export interface EmailInput {
  user: UserData;
  to?: string[];
  subject?: string;
  from?: string;
  data?: Record<string, unknown>;
}

export interface NotificationHandler<T = any> {
  schema: z.ZodSchema<T>;
  createEmail?: (data: T, user: UserData, team: { id: string; name: string }) => Omit<EmailInput, "user"> & { emailType: "customer" | "team" };
}
