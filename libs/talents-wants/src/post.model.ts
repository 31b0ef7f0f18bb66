import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@buurtbrug/core';
import type { Post } from './post.entity.js';
import { PostKind } from './post-kind.enum.js';
import { PostStatus } from './post-status.js';

/** A post as the service hands it out: the row plus what a reader may know about its author. */
export interface PostView {
  post: Post;
  /** The author's display name as stored; only its first word ever leaves the server. */
  authorDisplayName: string;
  wijkName: string | null;
}

/** "Anna de Vries" → "Anna": a post names its author by first name only. */
export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? '';
}

@ObjectType('Post', {
  description:
    'An offer (aanbod) or request (vraag) by a resident. It never holds contact details: only the first name and wijk of its author.',
})
export class PostModel {
  @Field(() => ID, { description: 'Post id.' })
  id: string;

  @Field(() => PostKind, { description: 'Offer or request.' })
  kind: PostKind;

  @Field({ description: 'Short title.' })
  title: string;

  @Field({ description: 'More about it (plain text; may be empty).' })
  text: string;

  @Field(() => [String], { description: 'Tag slugs from the shared list.' })
  tags: string[];

  @Field({ description: 'Code of the wijk the post belongs to.' })
  wijkCode: string;

  @Field(() => String, { nullable: true, description: 'Name of that wijk.' })
  wijkName: string | null;

  @Field(() => PostStatus, { description: 'Open, matched, closed or expired.' })
  status: PostStatus;

  @Field({ description: 'When the post expires unless it is extended.' })
  expiresAt: Date;

  @Field({ description: 'When it was posted.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  @Field({ description: "First name of the author. Contact goes through a match, never through the post." })
  authorName: string;

  @Field({ description: 'Whether you wrote this post.' })
  isMine: boolean;

  static from(view: PostView, viewerId: string | null): PostModel {
    const { post } = view;
    return Object.assign(new PostModel(), {
      id: post.id,
      kind: post.kind,
      title: post.title,
      text: post.text,
      tags: post.tags,
      wijkCode: post.wijkCode,
      wijkName: view.wijkName,
      status: post.status,
      expiresAt: post.expiresAt,
      createdAt: post.createdAt,
      updatedAt: post.updatedAt,
      authorName: firstName(view.authorDisplayName),
      isMine: viewerId !== null && post.authorId === viewerId,
    });
  }
}

export const PostPage = Paginated(PostModel, 'PostPage');
