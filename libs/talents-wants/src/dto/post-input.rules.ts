import { Transform } from 'class-transformer';

/** Post text is stored as plain text: surrounding whitespace never counts towards a length. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Tags arrive as free words or slugs; trimmed here, turned into slugs by the tags library. */
export const TrimEach = () =>
  Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value));

export const TITLE_MIN = 3;
export const TITLE_MAX = 80;
export const TEXT_MAX = 1000;
export const TAGS_MAX = 10;
export const TAG_MAX_LENGTH = 40;
