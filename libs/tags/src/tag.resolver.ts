import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Role, Roles } from '@buurtbrug/auth';
import { TagSlugArgs, TagsArgs } from './dto/tags.args.js';
import { UpsertTagInput } from './dto/upsert-tag.input.js';
import { TagModel } from './tag.model.js';
import { TagsService } from './tags.service.js';

@Resolver(() => TagModel)
export class TagResolver {
  constructor(private readonly taxonomy: TagsService) {}

  @Query(() => [TagModel], { description: 'The shared taxonomy of interests and talents, by Dutch name.' })
  @Public()
  async tags(@Args() args: TagsArgs): Promise<TagModel[]> {
    return (await this.taxonomy.list(args.category)).map(TagModel.from);
  }

  @Mutation(() => TagModel, { description: 'Create a tag, or change it when the slug exists (admins only).' })
  @Roles(Role.ADMIN)
  async upsertTag(@Args('input') input: UpsertTagInput): Promise<TagModel> {
    return TagModel.from(await this.taxonomy.upsert(input));
  }

  @Mutation(() => TagModel, {
    description: 'Remove a tag from the taxonomy (admins only). Data that uses it keeps the slug; it is returned as it was.',
  })
  @Roles(Role.ADMIN)
  async deleteTag(@Args() args: TagSlugArgs): Promise<TagModel> {
    return TagModel.from(await this.taxonomy.delete(args.slug));
  }
}
