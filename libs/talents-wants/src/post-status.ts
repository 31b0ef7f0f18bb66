import { registerEnumType } from '@nestjs/graphql';

export enum PostStatus {
  OPEN = 'OPEN',
  MATCHED = 'MATCHED',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(PostStatus, {
  name: 'PostStatus',
  description: 'Where a post is in its life: open → matched → closed, or expired (and extended again).',
  valuesMap: {
    OPEN: { description: 'Visible in the neighbourhood and open to reactions.' },
    MATCHED: { description: 'Someone was matched with it; waiting to be closed.' },
    CLOSED: { description: 'Done or withdrawn by its author.' },
    EXPIRED: { description: 'Its time ran out; the author can extend it to open it again.' },
  },
});

/**
 * The only status changes a post can make. Everything else is refused, so a stale client or a
 * late job can never, say, reopen a closed post.
 */
export const POST_TRANSITIONS: Readonly<Record<PostStatus, readonly PostStatus[]>> = {
  [PostStatus.OPEN]: [PostStatus.MATCHED, PostStatus.CLOSED, PostStatus.EXPIRED],
  [PostStatus.MATCHED]: [PostStatus.CLOSED],
  [PostStatus.CLOSED]: [],
  [PostStatus.EXPIRED]: [PostStatus.OPEN],
};

export function canTransition(from: PostStatus, to: PostStatus): boolean {
  return POST_TRANSITIONS[from].includes(to);
}

/** Why a change is refused, in words a resident understands (B1 Dutch, then English). */
export function refusedTransitionMessage(from: PostStatus, to: PostStatus): string {
  const reason: Partial<Record<PostStatus, string>> = {
    [PostStatus.CLOSED]: 'Dit bericht is al gesloten. / This post is already closed.',
    [PostStatus.MATCHED]: 'Dit bericht heeft al een match. / This post is already matched.',
    [PostStatus.EXPIRED]: 'Dit bericht is verlopen. Verleng het eerst. / This post has expired. Extend it first.',
    [PostStatus.OPEN]: 'Dit bericht staat nog open. / This post is still open.',
  };
  return `${reason[from] ?? ''} (${from} → ${to} is not allowed)`.trim();
}
