import { z } from "zod";

export const invoicePaidSchema = z.object({
  invoiceNumber: z.string(),
  customerEmail: z.string().email(),
  customerName: z.string(),
  amount: z.number(),
});

export const exportReadySchema = z.object({
  exportId: z.string(),
  rowCount: z.number(),
  format: z.enum(["csv", "xlsx"]),
});

export interface EmailMessage {
  to: string[];
  subject: string;
  text: string;
}

export interface NotificationHandler {
  schema: z.ZodTypeAny;
  createEmail: (data: any) => EmailMessage;
}
