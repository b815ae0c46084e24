import { track, trackSystemEvent, flushAnalytics, isFlagEnabledFor } from "../../lib/analytics";

type SessionUser = { id: string; isGuest: boolean; email: string; name: string };
type ActionContext = { user: SessionUser };

interface SpaceStore {
  rename(spaceId: string, name: string): Promise<void>;
  deleteEmpty(olderThanDays: number): Promise<number>;
}

export function createSpaceActions(store: SpaceStore) {
  return {
    async renameSpace(ctx: ActionContext, input: { spaceId: string; name: string }) {
      if (!(await isFlagEnabledFor(ctx.user, "space-rename"))) {
        return { ok: false as const, error: "not_available" };
      }
      const name = input.name.trim();
      if (name.length === 0 || name.length > 100) {
        return { ok: false as const, error: "invalid_name" };
      }

      await store.rename(input.spaceId, name);

      track(ctx.user, {
        event: "space_rename",
        properties: { spaceId: input.spaceId },
      });

      return { ok: true as const };
    },

    async purgeEmptySpaces() {
      const removed = await store.deleteEmpty(30);

      trackSystemEvent({
        event: "empty_spaces_purged",
        properties: { removed },
      });
      await flushAnalytics();

      return removed;
    },
  };
}
