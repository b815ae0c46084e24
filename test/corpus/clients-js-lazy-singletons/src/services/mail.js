'use strict';

// Resend is only loaded when a mail is actually sent: the API process starts faster without it.
let mailer;

async function getMailer() {
  if (!mailer) {
    const { Resend } = await import('resend');
    mailer = new Resend(process.env.RESEND_API_KEY);
  }
  return mailer;
}

async function sendReceipt(to, fullName, amount) {
  const resend = await getMailer();
  await resend.emails.send({
    from: 'Kvittering <kvittering@treningssenteret.no>',
    to,
    subject: 'Kvittering for medlemskap',
    text: `Hei ${fullName}! Vi har mottatt ${amount} kr.`,
  });
}

async function sendOpsDigest(lines) {
  const resend = await getMailer();
  await resend.emails.send({ from: 'drift@treningssenteret.no', to: 'drift@treningssenteret.no', subject: 'Døgnrapport', text: lines.join('\n') });
}

module.exports = { sendReceipt, sendOpsDigest };
