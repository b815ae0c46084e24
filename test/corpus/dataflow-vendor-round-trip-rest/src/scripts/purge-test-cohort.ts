import { amplitudeApi } from '../analytics/amplitude-api';

/**
 * Removes the profiles of the internal QA cohort from Amplitude, so load tests do not skew the
 * funnels. Everything sent comes from Amplitude's own cohort export: nothing of ours leaves.
 */
const QA_COHORT_ID = process.env.AMPLITUDE_QA_COHORT ?? 'qa-internal';
const BATCH_SIZE = 100;

async function cohortMembers(): Promise<Array<{ amplitude_id: number; user_id: string }>> {
  const data = await amplitudeApi({ path: `/api/5/cohorts/request/${QA_COHORT_ID}?props=0` });
  return data.members ?? [];
}

async function purgeCohort(): Promise<void> {
  const members = await cohortMembers();
  console.info(`Purging ${members.length} QA profile(s)…`);
  for (let i = 0; i < members.length; i += BATCH_SIZE) {
    const batch = members.slice(i, i + BATCH_SIZE);
    await amplitudeApi({
      path: '/api/2/deletions/users',
      method: 'POST',
      body: { user_ids: batch.map((m) => m.user_id), requester: 'qa-purge' },
    });
  }
  const first = members[0];
  if (first) {
    const check = await amplitudeApi({ path: `/api/2/usersearch?user=${encodeURIComponent(first.user_id)}` });
    console.info(`First profile still searchable: ${(check.matches ?? []).length > 0}`);
  }
}

purgeCohort().catch((error) => {
  console.error(error);
  process.exit(1);
});
