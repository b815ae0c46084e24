import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Faktura } from './faktura.entity';

@Entity({ name: 'kunder' })
export class Kunde {
  @PrimaryColumn({ length: 12 })
  kundenummer!: string;

  @Column()
  kundenavn!: string;

  @Column()
  epost!: string;

  @Column({ type: 'varchar', nullable: true })
  telefon!: string | null;

  @Column({ type: 'varchar', length: 11, nullable: true })
  kontonummer!: string | null;

  @Column()
  bransje!: string;

  @CreateDateColumn()
  opprettet!: Date;

  @UpdateDateColumn()
  oppdatert!: Date;

  @OneToMany(() => Faktura, (faktura) => faktura.kunde)
  fakturaer!: Faktura[];
}
