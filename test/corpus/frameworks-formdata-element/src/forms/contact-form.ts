import { showError, trackEvent } from '../tracking';

const FORMSPREE = 'https://formspree.io/f/xqkrbzpa';

export function bindContactForm(form: HTMLFormElement): void {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = new FormData(form);
    const email = fields.get('email');
    const phone = fields.get('phone');
    const topic = String(fields.get('topic') ?? 'general');
    if (typeof email !== 'string' || email === '') {
      showError(form, 'Please enter your e-mail address');
      return;
    }

    // Our own endpoint keeps the full submission, attachments included.
    const stored = await fetch('/forms/contact', { method: 'POST', body: fields });
    if (!stored.ok) {
      showError(form, 'Something went wrong, please try again.');
      return;
    }

    // The sales team reads new leads in Formspree's inbox.
    await fetch(FORMSPREE, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, phone, topic, _subject: `New ${topic} enquiry` }),
    });

    trackEvent('contact_submitted', { topic, withPhone: typeof phone === 'string' && phone.length > 0 });
    form.reset();
  });
}
