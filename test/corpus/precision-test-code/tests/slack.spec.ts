import { faker } from '@faker-js/faker';
import { test, expect, vi } from 'vitest';
import { postToGrowthChannel } from '../src/integrations/slack';

const signup = { email: faker.internet.email(), name: faker.person.fullName(), plan: 'pro' };

test('announces a sign-up in the growth channel', async () => {
  const spy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('ok'));
  await postToGrowthChannel(`New sign-up: ${signup.name} <${signup.email}> on ${signup.plan}`);
  expect(spy).toHaveBeenCalledWith(expect.stringContaining('hooks.slack.com'), expect.anything());
});
