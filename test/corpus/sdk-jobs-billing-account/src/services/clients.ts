import { Polar } from "@polar-sh/sdk";
import { Resend } from "resend";

type PolarServer = "production" | "sandbox";

function polarServer(): PolarServer {
  // Preview deployments bill against the sandbox so that no real card is charged.
  if (process.env.VERCEL_ENV === "preview") return "sandbox";
  return process.env.POLAR_ENVIRONMENT === "sandbox" ? "sandbox" : "production";
}

export const polar = new Polar({
  accessToken: process.env.POLAR_ACCESS_TOKEN!,
  server: polarServer(),
});

export const resend = new Resend(process.env.RESEND_API_KEY!);

export const NEWSLETTER_AUDIENCE_ID = process.env.RESEND_AUDIENCE_ID!;
