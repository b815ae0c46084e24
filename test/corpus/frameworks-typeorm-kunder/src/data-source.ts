import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Faktura } from './entities/faktura.entity';
import { Kunde } from './entities/kunde.entity';

export const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [Kunde, Faktura],
  migrations: ['dist/migrations/*.js'],
  synchronize: false,
  logging: ['error', 'migration'],
  extra: { max: 5, statement_timeout: 30_000 },
});

/** Connects once; jobs call this before their first query. */
export async function initialiser(forsok = 5): Promise<DataSource> {
  for (let i = 1; i <= forsok; i++) {
    try {
      return dataSource.isInitialized ? dataSource : await dataSource.initialize();
    } catch (err) {
      console.warn(`databasen svarer ikke (forsøk ${i} av ${forsok})`, (err as Error).message);
      await new Promise((r) => setTimeout(r, 1_000 * i));
    }
  }
  throw new Error('fikk ikke kontakt med databasen');
}
