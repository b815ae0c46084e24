"use client";

import posthog from "posthog-js";
import { PostHogProvider as Provider } from "posthog-js/react";
import type { ReactNode } from "react";
import { loadSessionUser } from "../lib/session";

const POSTHOG_KEY = process.env.NEXT_PUBLIC_POSTHOG_KEY ?? "";

if (typeof window !== "undefined" && POSTHOG_KEY) {
  posthog.init(POSTHOG_KEY, {
    api_host: "https://eu.i.posthog.com",
    capture_pageview: false,
    loaded: (posthog) => {
      if (process.env.NODE_ENV === "development") posthog.debug();
      posthog.register({ app_version: process.env.NEXT_PUBLIC_APP_VERSION });
      loadSessionUser().then((user) => {
        if (!user) return;
        posthog.identify(user.id, { email: user.email, plan: user.plan });
      });
    },
  });
}

export function AnalyticsProvider({ children }: { children: ReactNode }) {
  return <Provider client={posthog}>{children}</Provider>;
}
