import mixpanel from "mixpanel-browser";
import { loadSessionUser } from "../lib/session";

export function bootMixpanel(token: string) {
  mixpanel.init(token, {
    track_pageview: "url-with-path",
    persistence: "localStorage",
    loaded: (mixpanel) => {
      mixpanel.track("App Booted", { build: process.env.NEXT_PUBLIC_APP_VERSION });
      void loadSessionUser().then((user) => {
        if (user) mixpanel.people.set({ $name: user.name, plan: user.plan });
      });
    },
  });
}

export function trackUpgradeClicked(source: "banner" | "settings") {
  mixpanel.track("Upgrade Clicked", { source });
}
