import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.MEMBERS_DATABASE_URL });

/** A member's profile as the members' area edits it; travel fields follow the passport. */
export interface MemberProfile {
  userId: string;
  travellerRef: string;
  legalName: string;
  dateOfBirth: string;
  placeOfBirth: string;
  nationality: string;
  gender: 'female' | 'male' | 'x';
  countryOfResidence: string;
  preferredLanguage: string;
}

export async function loadProfile(userId: string): Promise<MemberProfile> {
  const { rows } = await pool.query('select * from member_profiles where user_id = $1', [userId]);
  if (!rows[0]) throw new Error(`no profile for user ${userId}`);
  return rows[0];
}
