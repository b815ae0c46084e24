import axios from 'axios';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const SENDGRID = 'https://api.sendgrid.com/v3';
const headers = { Authorization: `Bearer ${process.env.SENDGRID_KEY}`, 'Content-Type': 'application/json' };

export interface TemplateSpec {
  emailTemplateId: string;
  productName: string;
  companyName: string;
  fileName: string;
  subjectLine: string;
}

export interface SendStats {
  emailCount: number;
  phoneCount: number;
  bounceRate: number;
}

/** Uploads a new version of a transactional template from disk. */
export async function publishTemplate(spec: TemplateSpec): Promise<string> {
  const html = await readFile(path.join('templates', spec.fileName), 'utf8');
  const { data } = await axios.post(
    `${SENDGRID}/templates/${spec.emailTemplateId}/versions`,
    {
      name: `${spec.productName} – ${new Date().toISOString().slice(0, 10)}`,
      subject: spec.subjectLine,
      html_content: html.replaceAll('{{companyName}}', spec.companyName),
      active: 1,
    },
    { headers },
  );
  return data.id as string;
}

/** Weekly numbers for the delivery dashboard of the marketing vendor. */
export async function reportDeliveryStats(stats: SendStats, templateName: string): Promise<void> {
  await axios.post('https://api.mailmetrics-dash.io/v1/stats', {
    template: templateName,
    emailCount: stats.emailCount,
    phoneCount: stats.phoneCount,
    bounceRate: Math.round(stats.bounceRate * 1000) / 10,
  });
}

/** Sends a test rendering to the editor who asked for it. */
export async function sendTestMail(spec: TemplateSpec, editor: { email: string; fullName: string }): Promise<void> {
  await axios.post(
    `${SENDGRID}/mail/send`,
    {
      template_id: spec.emailTemplateId,
      from: { email: 'no-reply@acme.no', name: spec.companyName },
      personalizations: [{ to: [{ email: editor.email, name: editor.fullName }], dynamic_template_data: { productName: spec.productName } }],
    },
    { headers },
  );
}

export async function listTemplateNames(): Promise<string[]> {
  const { data } = await axios.get(`${SENDGRID}/templates`, { headers, params: { generations: 'dynamic', page_size: 50 } });
  return data.result.map((t: { name: string }) => t.name);
}
