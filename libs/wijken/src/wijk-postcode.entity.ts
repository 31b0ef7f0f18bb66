import { Entity, PrimaryColumn } from 'typeorm';

/**
 * A 4-digit postcode area that (partly) lies in a wijk. Postcode areas and wijken do not nest,
 * so one postcode may map to several wijken.
 */
@Entity('wijk_postcode')
export class WijkPostcode {
  @PrimaryColumn({ type: 'char', length: 4 })
  postcode: string;

  @PrimaryColumn({ name: 'wijk_code', type: 'text' })
  wijkCode: string;
}
