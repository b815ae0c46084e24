import { Op } from 'sequelize';
import { Member } from '../models/member';

const BRAZE = 'https://rest.fra-01.braze.eu/users/track';
const POINTS_LEDGER = 'https://ledger.points-exchange.example/v1/balances';
const DASHBOARD = 'https://api.geckoboard.com/datasets/loyalty.tiers/data';

export async function syncPremiumMembers(since: Date): Promise<void> {
  const members: Member[] = await Member.findAll({
    where: { tier: 'premium', updatedAt: { [Op.gte]: since } },
    order: [['id', 'ASC']],
  });

  for (const member of members) {
    await fetch(BRAZE, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.BRAZE_API_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        attributes: [
          { external_id: String(member.id), email: member.email, phone: member.phoneNumber, dob: member.dateOfBirth, tier: member.tier },
        ],
      }),
    });
  }

  // The exchange only needs tier balances to price the partner rewards.
  const balances = members.map((member) => ({ tier: member.tier, points: member.points }));
  await fetch(POINTS_LEDGER, {
    method: 'PUT',
    headers: { 'X-Api-Key': process.env.LEDGER_KEY ?? '', 'Content-Type': 'application/json' },
    body: JSON.stringify({ balances }),
  });

  const perTier = (await Member.count({ group: ['tier'] })) as unknown as Array<{ tier: string; count: number }>;
  await fetch(DASHBOARD, {
    method: 'PUT',
    headers: { Authorization: `Basic ${btoa(`${process.env.GECKOBOARD_KEY}:`)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: perTier.map((row) => ({ tier: row.tier, members: row.count })) }),
  });
}
