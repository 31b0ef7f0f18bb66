import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type PersonalDataContributor, PersonalDataRegistry } from '@buurtbrug/residents';
import { PostService } from './post.service.js';

/** The `posts` section of a resident's data export (exportMyData): every post they wrote. */
@Injectable()
export class PostPersonalDataContributor implements PersonalDataContributor, OnModuleInit {
  readonly section = 'posts';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly posts: PostService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  collect(userId: string): Promise<unknown> {
    return this.posts.exportFor(userId);
  }
}
