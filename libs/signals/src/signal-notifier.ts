import { Inject, Injectable, Logger } from '@nestjs/common';
import { PUB_SUB } from '@buurtbrug/core';
import type { PubSubEngine } from 'graphql-subscriptions';
import { SIGNAL_FILED_FOR_ADMINS, type SignalFiledPayload, signalFiledForWijk } from './signals.events.js';

/**
 * Tells the open signal pages that a signal came in, after the filing committed: the wijk's
 * social workers on their wijk's trigger, the admins on theirs. Publishing never fails a filing:
 * a missed push only means the list shows the signal on its next load.
 */
@Injectable()
export class SignalNotifier {
  private readonly logger = new Logger(SignalNotifier.name);

  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  async filed(payload: SignalFiledPayload): Promise<void> {
    await Promise.all([this.publish(signalFiledForWijk(payload.wijkCode), payload), this.publish(SIGNAL_FILED_FOR_ADMINS, payload)]);
  }

  private async publish(trigger: string, payload: SignalFiledPayload): Promise<void> {
    try {
      await this.pubSub.publish(trigger, { signalFiled: payload });
    } catch (error) {
      this.logger.warn(`could not publish ${trigger}: ${(error as Error).message}`);
    }
  }
}
