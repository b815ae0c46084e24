import * as aws from "@aws-sdk/client-ses";
import type { Transporter } from "nodemailer";
import { createTransport } from "nodemailer";

type EmailProvider = "ses" | "smtp";

let cachedTransport: Transporter | undefined;

function createTransportForProvider(provider: EmailProvider): Transporter {
  switch (provider) {
    case "ses": {
      const ses = new aws.SES({ region: process.env.AWS_REGION ?? "eu-west-1" });
      return createTransport({
        SES: { ses, aws },
        sendingRate: 10,
      });
    }
    case "smtp": {
      const port = process.env.SMTP_PORT ? Number.parseInt(process.env.SMTP_PORT, 10) : 587;
      return createTransport({
        host: process.env.SMTP_HOST,
        port,
        secure: process.env.SMTP_SECURE === "true",
        auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PWD },
      });
    }
  }
}

/** One transport per process, chosen by EMAIL_PROVIDER and reused by every send. */
export function getTransport(): Transporter {
  if (!cachedTransport) {
    const provider = (process.env.EMAIL_PROVIDER as EmailProvider | undefined) ?? "ses";
    cachedTransport = createTransportForProvider(provider);
  }
  return cachedTransport;
}
