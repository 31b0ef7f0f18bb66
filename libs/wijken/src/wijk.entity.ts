import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A CBS wijk: part of a municipality, with the centroid that decides who its neighbours are. */
@Entity('wijk')
export class Wijk {
  /** CBS code, e.g. `WK040201` (GM0402 = Hilversum, wijk 01). */
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** CBS municipality code, e.g. `GM0402`. */
  @Column({ name: 'municipality_code', type: 'text' })
  municipalityCode: string;

  @Column({ name: 'municipality_name', type: 'text' })
  municipalityName: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;
}
