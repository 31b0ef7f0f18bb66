import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './search-documents.js';

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Meilisearch's highlighted text (matches between the private-use markers) as plain pieces.
 * Clients render `match` pieces emphasised without ever treating the text as HTML. Adjacent
 * pieces of the same kind are merged; a marker left open closes at the end.
 */
export function toSegments(highlighted: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
    text = '';
  };
  for (const char of highlighted) {
    if (char === HIGHLIGHT_PRE || char === HIGHLIGHT_POST) {
      flush();
      match = char === HIGHLIGHT_PRE;
    } else {
      text += char;
    }
  }
  flush();
  // A typo match is marked only as far as the typed word reached ("wandlen" marks "wandele" of
  // "wandelen"): mark the rest of that word too.
  for (let i = 0; i + 1 < segments.length; i++) {
    if (!segments[i].match || segments[i + 1].match) continue;
    const rest = /^[\p{L}\p{N}]+/u.exec(segments[i + 1].text)?.[0];
    if (!rest) continue;
    segments[i].text += rest;
    segments[i + 1].text = segments[i + 1].text.slice(rest.length);
    if (!segments[i + 1].text) {
      segments.splice(i + 1, 1);
      // The next piece may be a match too now: join it.
      if (segments[i + 1]?.match) segments[i].text += segments.splice(i + 1, 1)[0].text;
    }
  }
  return segments;
}
