import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { PostService } from '@buurtbrug/talents-wants';
import { MATCH_ACCEPTED, type MatchAccepted } from './matching.events.js';

/**
 * Once both sides of an offer and request said yes, neither post is looking for anyone any more:
 * both become MATCHED (and leave the search index). talents-wants cannot listen itself — it sits
 * below matching — so this listener carries the event over to its public API.
 */
@Injectable()
export class MatchedPostsListener {
  private readonly logger = new Logger(MatchedPostsListener.name);

  constructor(private readonly posts: PostService) {}

  @OnEvent(MATCH_ACCEPTED, { promisify: true })
  async onMatchAccepted(event: MatchAccepted): Promise<void> {
    for (const postId of [event.offerPostId, event.requestPostId]) {
      if (!postId) continue;
      try {
        await this.posts.markMatched(postId);
      } catch (error) {
        // A post closed or erased in the meantime stays as it is; the match itself stands.
        this.logger.warn(`post ${postId} not marked matched: ${(error as Error).message}`);
      }
    }
  }
}
