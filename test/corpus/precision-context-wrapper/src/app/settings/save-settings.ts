import { track, trackMany } from '../../lib/analytics';

interface SettingsForm {
  locale: 'nb-NO' | 'en-GB';
  weekStartsOn: 0 | 1;
  invoiceFooter: string;
}

export async function saveSettings(form: SettingsForm, actor: { id: string; email: string }): Promise<void> {
  if (form.invoiceFooter.length > 500) throw new Error('Footer too long');
  await track('settings.saved', undefined);
  await trackMany(['settings.saved', 'report.exported']);
}

export async function inviteSeat(inviter: { id: string; email: string }, invitee: { email: string }): Promise<void> {
  await trackMany(['seat.invited'], { userId: inviter.id, userEmail: invitee.email });
}
