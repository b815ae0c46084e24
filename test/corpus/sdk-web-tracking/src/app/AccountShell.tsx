'use client';

import { ReactNode, useEffect } from 'react';
import { usePathname } from 'next/navigation';
import mixpanel from 'mixpanel-browser';
import posthog from 'posthog-js';
import { analytics, pageCategory } from '../analytics/segment';
import { useSession } from '../auth/session';

mixpanel.init(process.env.NEXT_PUBLIC_MIXPANEL_TOKEN ?? '', { persistence: 'localStorage' });
posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY ?? '', { api_host: 'https://posthog.internal.lumen.example' });

export function AccountShell({ children, widgetCount }: { children: ReactNode; widgetCount: number }) {
  const { user } = useSession();
  const pathname = usePathname();

  useEffect(() => {
    if (!user) return;
    analytics.identify(user.userId, { email: user.email, name: user.name, plan: user.plan });
    mixpanel.people.set({ $email: user.email, plan: user.plan });
    posthog.identify(user.userId, { email: user.email, plan: user.plan });
  }, [user]);

  useEffect(() => {
    if (!user) return;
    analytics.page(pageCategory(pathname), { path: pathname });
    analytics.track('Dashboard Viewed', { plan: user.plan, widgets: widgetCount });
  }, [user, pathname, widgetCount]);

  function exportReport(format: 'csv' | 'pdf') {
    mixpanel.track('Report Exported', { format, widgets: widgetCount });
    window.open(`/api/reports/export?format=${format}`, '_blank');
  }

  return (
    <div className="account-shell">
      <nav>
        <button onClick={() => exportReport('csv')}>Export CSV</button>
        <button onClick={() => exportReport('pdf')}>Export PDF</button>
      </nav>
      <main>{children}</main>
    </div>
  );
}
