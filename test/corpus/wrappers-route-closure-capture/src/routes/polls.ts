import { Hono } from "hono";
import { track } from "../lib/analytics";

type ApiAuth = { spaceId: string; spaceOwnerId: string };
type Poll = { id: string; title: string; options: { start: string; duration: number }[] };

declare function createPoll(input: { title: string; spaceId: string; ownerId: string }): Promise<Poll>;

export const polls = new Hono<{ Variables: { apiAuth: ApiAuth } }>();

polls.post("/polls", async (c) => {
  const input = await c.req.json<{ title: string }>();
  const { spaceId, spaceOwnerId } = c.get("apiAuth");

  // Reports the new poll for the space owner the API key belongs to.
  const trackPollCreated = (poll: Poll) => {
    const kind = poll.options.some((o) => o.duration > 0) ? "time" : "date";
    track({ id: spaceOwnerId }, "poll_create", {
      title: poll.title,
      kind,
      optionCount: poll.options.length,
      source: "api",
    });
  };

  const poll = await createPoll({ title: input.title, spaceId, ownerId: spaceOwnerId });
  trackPollCreated(poll);

  return c.json({ id: poll.id }, 201);
});
