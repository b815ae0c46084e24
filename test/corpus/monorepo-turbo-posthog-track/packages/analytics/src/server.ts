// Server-side analytics client. Re-exported so apps depend on @acme/analytics only and the
// SDK version is pinned in one place.
import { PostHog } from "posthog-node";

export { PostHog };
