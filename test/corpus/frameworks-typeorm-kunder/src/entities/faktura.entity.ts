import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Kunde } from './kunde.entity';

export type FakturaStatus = 'apen' | 'betalt' | 'purret' | 'inkasso';

@Entity({ name: 'fakturaer' })
export class Faktura {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('numeric', { precision: 12, scale: 2 })
  belop!: number;

  @Column({ type: 'date' })
  forfall!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: FakturaStatus;

  @ManyToOne(() => Kunde, (kunde) => kunde.fakturaer, { eager: false })
  kunde!: Kunde;
}
