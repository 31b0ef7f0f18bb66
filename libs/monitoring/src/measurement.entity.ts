import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MeasurementAnswer } from './de-jong-gierveld.js';
import { MeasurementMethod, MeasurementMoment } from './measurement.enums.js';

/** One filled-in questionnaire (De Jong Gierveld, 6 items) with the scores computed from it. */
@Entity('measurement')
export class Measurement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'resident_id', type: 'uuid' })
  residentId: string;

  /** The resident's wijk when it was taken: the dashboard reports per wijk. */
  @Column({ name: 'wijk_code', type: 'text' })
  wijkCode: string;

  @Column({ type: 'text' })
  moment: MeasurementMoment;

  @Column({ name: 'item_1', type: 'text' })
  item1: MeasurementAnswer;

  @Column({ name: 'item_2', type: 'text' })
  item2: MeasurementAnswer;

  @Column({ name: 'item_3', type: 'text' })
  item3: MeasurementAnswer;

  @Column({ name: 'item_4', type: 'text' })
  item4: MeasurementAnswer;

  @Column({ name: 'item_5', type: 'text' })
  item5: MeasurementAnswer;

  @Column({ name: 'item_6', type: 'text' })
  item6: MeasurementAnswer;

  @Column({ name: 'emotional_score', type: 'smallint' })
  emotionalScore: number;

  @Column({ name: 'social_score', type: 'smallint' })
  socialScore: number;

  @Column({ name: 'total_score', type: 'smallint' })
  totalScore: number;

  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt: Date;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ type: 'text' })
  method: MeasurementMethod;
}
