import { notify } from '../infra/mailer';
import { listWorkspaceAdmins } from '../accounts/auth-store';

export interface MaintenanceWindow {
  startsAt: Date;
  endsAt: Date;
  affected: string[];
}

function describe(window: MaintenanceWindow): string {
  const fmt = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' });
  return `${fmt.format(window.startsAt)} – ${fmt.format(window.endsAt)} (${window.affected.join(', ')})`;
}

export async function announceMaintenance(window: MaintenanceWindow): Promise<number> {
  const admins = await listWorkspaceAdmins();
  let sent = 0;
  for (const admin of admins) {
    try {
      await notify(admin.email, 'Planned maintenance', `Tallyhub will be unavailable ${describe(window)}.`);
      sent += 1;
    } catch (err) {
      console.error(`maintenance notice to admin ${admin.id} failed`, err);
    }
  }
  return sent;
}

if (require.main === module) {
  const startsAt = new Date(process.argv[2] ?? Date.now() + 86_400_000);
  announceMaintenance({ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), affected: ['invoicing'] })
    .then((n) => console.log(`notified ${n} admins`))
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    });
}
