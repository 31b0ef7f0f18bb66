/** Emitted after the taxonomy changed, e.g. so search can refresh its synonyms. */
export const TAGS_CHANGED = 'tags.changed';

export class TagsChangedEvent {
  constructor(
    readonly upserted: string[],
    readonly deleted: string[],
  ) {}
}
