import { Pool, type QueryResultRow } from 'pg';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  statement_timeout: 60_000,
});

export const db = {
  async many<T extends QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    const { rows } = await pool.query<T>(sql, params);
    return rows;
  },

  async one<T extends QueryResultRow>(sql: string, params: unknown[] = []): Promise<T> {
    const rows = await this.many<T>(sql, params);
    if (rows.length !== 1) {
      throw new Error(`expected one row, got ${rows.length}`);
    }
    return rows[0];
  },

  end: () => pool.end(),
};
