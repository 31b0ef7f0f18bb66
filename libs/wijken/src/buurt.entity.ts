import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A CBS buurt: the smallest area, part of one wijk. */
@Entity('buurt')
export class Buurt {
  /** CBS code, e.g. `BU04020101`: the wijk's digits followed by two of its own. */
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'wijk_code', type: 'text' })
  wijkCode: string;

  @Column({ type: 'text' })
  name: string;

  /** Centroid, when the import had one; nothing is derived from it yet. */
  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;
}
