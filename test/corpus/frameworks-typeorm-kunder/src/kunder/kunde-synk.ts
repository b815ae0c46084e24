import axios from 'axios';
import * as Sentry from '@sentry/node';
import { MoreThan } from 'typeorm';
import { dataSource } from '../data-source';
import { Kunde } from '../entities/kunde.entity';

const REGNSKAP = 'https://regnskap.visma-konsern.example/api/v1';
const BI_INNSAMLING = 'https://ingest.bi-plattform.example/v1/events';

export class KundeSynk {
  private readonly repo = dataSource.getRepository(Kunde);

  /** Pushes customers changed since `siden` to the group's accounting system. */
  async synkroniserEndrede(siden: Date): Promise<void> {
    const kunder: Kunde[] = await this.repo.find({ where: { oppdatert: MoreThan(siden) } });
    for (const kunde of kunder) {
      try {
        await axios.put(`${REGNSKAP}/kunder/${kunde.kundenummer}`, kunde);
      } catch (err) {
        Sentry.setUser({ id: kunde.kundenummer, email: kunde.epost });
        Sentry.captureException(err);
        throw err;
      }
    }
  }

  /** Number of customers per industry for the BI dashboard. */
  async rapporterBransjer(): Promise<void> {
    const rader: Array<{ bransje: string; antall: string }> = await this.repo
      .createQueryBuilder('k')
      .select('k.bransje', 'bransje')
      .addSelect('COUNT(*)', 'antall')
      .groupBy('k.bransje')
      .getRawMany();
    await axios.post(BI_INNSAMLING, { hendelse: 'kunder_per_bransje', rader: rader.map((r) => ({ ...r, antall: Number(r.antall) })) });
  }
}
