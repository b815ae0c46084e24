import { Polar } from "@polar-sh/sdk";
import { Resend } from "resend";

export const polar = new Polar({
  accessToken: process.env.POLAR_ACCESS_TOKEN!,
  server: process.env.POLAR_ENVIRONMENT === "sandbox" ? "sandbox" : "production",
});

export const resend = new Resend(process.env.RESEND_API_KEY!);

export const NEWSLETTER_AUDIENCE_ID = process.env.RESEND_AUDIENCE_ID!;
