import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@buurtbrug/auth';
import { AuditService, PageArgs, Paginated } from '@buurtbrug/core';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { AuditEntryModel } from './audit-entry.model.js';
import { AuditLogFilterInput } from './dto/audit-log-filter.input.js';

const AuditEntryPage = Paginated(AuditEntryModel, 'AuditEntryPage');
type AuditEntryPage = InstanceType<typeof AuditEntryPage>;

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilterInput, { nullable: true, description: 'Which entries; all when empty.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilterInput)
  filter?: AuditLogFilterInput | null;
}

/** The audit log lives in core (every library writes to it); reading it is an admin's GraphQL query, served here. */
@Resolver(() => AuditEntryModel)
export class AuditLogResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryPage, { description: 'The audit log of sensitive actions, newest first (admins).' })
  @Roles(Role.ADMIN)
  async auditLog(@Args() args: AuditLogArgs): Promise<AuditEntryPage> {
    const filter = args.filter ?? {};
    const page = await this.audit.page(
      {
        action: filter.action ?? undefined,
        actorId: filter.actorId ?? undefined,
        subjectId: filter.subjectId ?? undefined,
        from: filter.from ?? undefined,
        to: filter.to ?? undefined,
      },
      args.first,
      args.after,
    );
    return { nodes: page.nodes.map(AuditEntryModel.from), pageInfo: page.pageInfo };
  }
}
