import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Role, Roles, type UserPrincipal } from '@buurtbrug/auth';
import { PageArgs, type Page } from '@buurtbrug/core';
import { CreatePostInput } from './dto/create-post.input.js';
import { FilterPostsInput } from './dto/filter-posts.input.js';
import { UpdatePostInput } from './dto/update-post.input.js';
import { uuidArg } from './post-id.pipe.js';
import { PostModel, PostPage, type PostView } from './post.model.js';
import { PostService } from './post.service.js';

function toModelPage(page: Page<PostView>, principal: UserPrincipal): Page<PostModel> {
  return { nodes: page.nodes.map((view) => PostModel.from(view, principal.userId)), pageInfo: page.pageInfo };
}

@Resolver(() => PostModel)
export class PostResolver {
  constructor(private readonly postService: PostService) {}

  @Query(() => PostPage, {
    description: 'Offers and requests in your wijk and the wijken next to it (social work: your wijken; admins: all). Open posts unless you filter on status.',
  })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER, Role.ADMIN)
  async posts(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args() page: PageArgs,
    @Args('filter', { type: () => FilterPostsInput, nullable: true, description: 'Narrow the list.' }) filter?: FilterPostsInput,
  ): Promise<Page<PostModel>> {
    return toModelPage(await this.postService.list(principal, filter ?? {}, page.first, page.after), principal);
  }

  @Query(() => PostPage, { description: 'Your own offers and requests, in any status, newest first.' })
  @Roles(Role.RESIDENT)
  async myPosts(@CurrentPrincipal() principal: UserPrincipal, @Args() page: PageArgs): Promise<Page<PostModel>> {
    return toModelPage(await this.postService.mine(principal, page.first, page.after), principal);
  }

  @Query(() => PostModel, { description: 'One post, if you may see it.' })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER, Role.ADMIN)
  async post(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('id', { type: () => ID, description: 'Post id.' }, uuidArg('id')) id: string,
  ): Promise<PostModel> {
    return PostModel.from(await this.postService.get(principal, id), principal.userId);
  }

  @Mutation(() => PostModel, {
    description: 'Post an offer or a request in your wijk (you need a profile first). Social work: post for a resident registered on their behalf with onBehalfOf.',
  })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER)
  async createPost(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('input', { description: 'The new offer or request.' }) input: CreatePostInput,
    @Args('onBehalfOf', { type: () => ID, nullable: true, description: 'Social work only: the resident you post for.' }, uuidArg('onBehalfOf'))
    onBehalfOf?: string,
  ): Promise<PostModel> {
    return PostModel.from(await this.postService.create(principal, input, onBehalfOf), principal.userId);
  }

  @Mutation(() => PostModel, { description: 'Change an open post of yours.' })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER)
  async updatePost(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('id', { type: () => ID, description: 'Post id.' }, uuidArg('id')) id: string,
    @Args('input', { description: 'What changes; leave out what stays the same.' }) input: UpdatePostInput,
  ): Promise<PostModel> {
    return PostModel.from(await this.postService.update(principal, id, input), principal.userId);
  }

  @Mutation(() => PostModel, { description: 'Close a post of yours (done or no longer needed). Closing again changes nothing.' })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER)
  async closePost(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('id', { type: () => ID, description: 'Post id.' }, uuidArg('id')) id: string,
  ): Promise<PostModel> {
    return PostModel.from(await this.postService.close(principal, id), principal.userId);
  }

  @Mutation(() => PostModel, { description: 'Keep a post of yours open for 8 more weeks from now; an expired post opens again.' })
  @Roles(Role.RESIDENT, Role.SOCIAL_WORKER)
  async extendPost(
    @CurrentPrincipal() principal: UserPrincipal,
    @Args('id', { type: () => ID, description: 'Post id.' }, uuidArg('id')) id: string,
  ): Promise<PostModel> {
    return PostModel.from(await this.postService.extend(principal, id), principal.userId);
  }
}
