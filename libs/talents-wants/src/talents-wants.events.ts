import type { PostKind } from './post-kind.enum.js';

/*
 * Domain events of talents-wants (EventEmitter2). Matching, search and notifications listen to
 * these instead of calling into this library. Each is emitted after its transaction committed,
 * so a listener never sees a post that was rolled back.
 */

/** A resident posted a new offer or request (it is OPEN). */
export class PostCreated {
  static readonly eventName = 'talents-wants.post-created';
  readonly postId: string;
  readonly kind: PostKind;
  readonly wijkCode: string;
  readonly tags: string[];
  readonly authorId: string;

  constructor(init: { postId: string; kind: PostKind; wijkCode: string; tags: string[]; authorId: string }) {
    this.postId = init.postId;
    this.kind = init.kind;
    this.wijkCode = init.wijkCode;
    this.tags = init.tags;
    this.authorId = init.authorId;
  }
}

/** An open post changed what it is about (text, tags, wijk) or was extended and is OPEN again. */
export class PostUpdated {
  static readonly eventName = 'talents-wants.post-updated';
  readonly postId: string;
  readonly kind: PostKind;
  readonly wijkCode: string;
  readonly tags: string[];
  readonly authorId: string;

  constructor(init: { postId: string; kind: PostKind; wijkCode: string; tags: string[]; authorId: string }) {
    this.postId = init.postId;
    this.kind = init.kind;
    this.wijkCode = init.wijkCode;
    this.tags = init.tags;
    this.authorId = init.authorId;
  }
}

/** The author (or their social worker) closed the post: stop proposing it. */
export class PostClosed {
  static readonly eventName = 'talents-wants.post-closed';
  readonly postId: string;
  readonly authorId: string;
  readonly wijkCode: string;

  constructor(init: { postId: string; authorId: string; wijkCode: string }) {
    this.postId = init.postId;
    this.authorId = init.authorId;
    this.wijkCode = init.wijkCode;
  }
}

/** The expiry job found the post past its date: stop proposing it. */
export class PostExpired {
  static readonly eventName = 'talents-wants.post-expired';
  readonly postId: string;
  readonly authorId: string;

  constructor(init: { postId: string; authorId: string }) {
    this.postId = init.postId;
    this.authorId = init.authorId;
  }
}

/** The text the author should get for a PostExpiringSoon reminder (B1 Dutch first). */
export const POST_EXPIRING_SOON_MESSAGE = {
  nl: 'Staat je bericht nog? Verleng het met één klik, of sluit het als het niet meer nodig is.',
  en: 'Is your post still current? Extend it with one click, or close it if it is no longer needed.',
} as const;

/**
 * A week before a post expires its author gets one reminder (see POST_EXPIRING_SOON_MESSAGE).
 * Emitted at most once per expiry date; extending the post allows a new one later.
 */
export class PostExpiringSoon {
  static readonly eventName = 'talents-wants.post-expiring-soon';
  readonly postId: string;
  readonly authorId: string;
  readonly expiresAt: Date;

  constructor(init: { postId: string; authorId: string; expiresAt: Date }) {
    this.postId = init.postId;
    this.authorId = init.authorId;
    this.expiresAt = init.expiresAt;
  }
}
