import { Injectable } from '@nestjs/common';
import { ResidentProfileService } from '@buurtbrug/residents';

/** What posts need to know about a resident: where they live and whether social work posts for them. */
export interface ResidentFacts {
  userId: string;
  /** The wijk in their profile. */
  wijkCode: string;
  /** Registered on their behalf by a social worker (no login of their own). */
  onBehalf: boolean;
}

/** The authors of posts, as the residents library knows them (read through its public service). */
@Injectable()
export class PostAuthors {
  constructor(private readonly profiles: ResidentProfileService) {}

  /** Null for anyone without a resident profile (not yet filled in, or not a resident at all). */
  async facts(userId: string): Promise<ResidentFacts | null> {
    const profile = await this.profiles.find(userId);
    return profile ? { userId, wijkCode: profile.wijkCode, onBehalf: profile.onBehalf } : null;
  }
}
