import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { AnalyticsBrowser } from '@segment/analytics-next';

const AnalyticsContext = createContext<AnalyticsBrowser | null>(null);

export function AnalyticsProvider({ writeKey, children }: { writeKey: string; children: ReactNode }) {
  const [analytics, setAnalytics] = useState<AnalyticsBrowser | null>(null);
  useEffect(() => {
    setAnalytics(AnalyticsBrowser.load({ writeKey }));
  }, [writeKey]);
  return <AnalyticsContext.Provider value={analytics}>{children}</AnalyticsContext.Provider>;
}

/** Segment, or null until it has loaded (and in tests). */
export const useAnalytics = () => useContext(AnalyticsContext);

export interface CurrentUser {
  id: string;
  email: string;
  fullName: string;
  plan: 'free' | 'pro';
}
