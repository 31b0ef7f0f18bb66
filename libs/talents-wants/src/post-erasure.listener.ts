import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { RESIDENT_ERASED, type ResidentErased } from '@buurtbrug/residents';
import { PostService } from './post.service.js';

/**
 * A resident who is erased takes their posts with them. Usually the account's ON DELETE CASCADE
 * already removed them (and the delete trigger queued their search deletes); this catches any
 * erasure that keeps the account row, so no post of an erased resident stays on the board.
 */
@Injectable()
export class PostErasureListener {
  private readonly logger = new Logger(PostErasureListener.name);

  constructor(private readonly posts: PostService) {}

  @OnEvent(RESIDENT_ERASED, { promisify: true })
  async onResidentErased(event: ResidentErased): Promise<void> {
    const deleted = await this.posts.eraseAuthor(event.userId);
    if (deleted.length) this.logger.log(`deleted ${deleted.length} post(s) of an erased resident`);
  }
}
