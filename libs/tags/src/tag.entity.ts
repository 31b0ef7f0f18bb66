import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { TagCategory } from './tag-category.enum.js';

/** One entry of the shared taxonomy of interests and talents. Others refer to it by slug, as text. */
@Entity('tag')
export class Tag {
  /** Stable key, e.g. `wandelen`, `repair-cafe`. */
  @PrimaryColumn({ type: 'text' })
  slug: string;

  @Column({ name: 'label_nl', type: 'text' })
  labelNl: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  /** Other words people use for it, lower-case, Dutch and English. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  synonyms: string[];

  @Column({ type: 'text' })
  category: TagCategory;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
