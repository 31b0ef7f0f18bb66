import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AccountService, actingOrganisationId, type Principal, Role, type UserPrincipal } from '@buurtbrug/auth';
import { CoreError, CoreErrorCode, decodeCursor, type Page, SearchOutbox, toPage } from '@buurtbrug/core';
import { WijkenService } from '@buurtbrug/wijken';
import { isUUID } from 'class-validator';
import { DataSource, In, Repository } from 'typeorm';
import type { CreateOrganisationInput } from './dto/create-organisation.input.js';
import type { OrganisationFilterInput } from './dto/organisation-filter.input.js';
import type { UpdateOrganisationInput } from './dto/update-organisation.input.js';
import { OrganisationStatus } from './organisation-kind.enum.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationsError, OrganisationsErrorCode } from './organisations.errors.js';

function isAdmin(principal: Principal | undefined): boolean {
  return principal?.kind === 'user' && principal.role === Role.ADMIN;
}

/** Empty contact fields are stored as null, so "no phone" has one representation. */
function contact(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The sociale kaart: organisations, their approval by an admin and their members. Pending
 * organisations are visible only to their own members and admins; approved ones to everyone.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
    private readonly wijken: WijkenService,
    private readonly outbox: SearchOutbox,
  ) {}

  /**
   * Any signed-in account may propose an organisation; its creator becomes its first provider
   * in the same transaction. Admins act for every organisation already, so they do not join.
   */
  async create(principal: UserPrincipal, input: CreateOrganisationInput): Promise<Organisation> {
    const wijkCodes = [...new Set(input.wijkCodes)];
    await this.wijken.assertExists(wijkCodes, 'wijkCodes');
    const { organisation, member } = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Organisation);
      const organisation = await repository.save(
        repository.create({ ...this.fields(input, wijkCodes), status: OrganisationStatus.PENDING, createdBy: principal.userId }),
      );
      const member =
        principal.role !== Role.ADMIN ? await this.accounts.joinOrganisation(principal.userId, organisation.id, manager) : undefined;
      return { organisation, member };
    });
    if (member) await this.accounts.announceUpdated(member);
    return organisation;
  }

  /**
   * For trusted imports (the demo city, a municipality's existing sociale kaart): an
   * organisation that is approved at once and has no members yet.
   */
  async createApproved(input: CreateOrganisationInput): Promise<Organisation> {
    const wijkCodes = [...new Set(input.wijkCodes)];
    await this.wijken.assertExists(wijkCodes, 'wijkCodes');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Organisation);
      const organisation = await repository.save(
        repository.create({ ...this.fields(input, wijkCodes), status: OrganisationStatus.APPROVED, approvedAt: new Date() }),
      );
      await this.outbox.record(manager, { kind: 'organisation', id: organisation.id, op: 'upsert' });
      return organisation;
    });
  }

  /** Approving twice is harmless: only the first approval changes the row and feeds search. */
  async approve(principal: UserPrincipal, id: string): Promise<Organisation> {
    this.assertId(id);
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `UPDATE organisation SET status = 'APPROVED', approved_at = now(), approved_by = $2, updated_at = now()
          WHERE id = $1 AND status = 'PENDING' RETURNING id`,
        [id, principal.userId],
      )) as [{ id: string }[], number];
      if (rows[0].length > 0) await this.outbox.record(manager, { kind: 'organisation', id, op: 'upsert' });
      const organisation = await manager.getRepository(Organisation).findOneBy({ id });
      if (!organisation) throw this.notFound();
      return organisation;
    });
  }

  /** Members (providers or the organisation's API token) and admins may change it. */
  async update(principal: Principal, input: UpdateOrganisationInput): Promise<Organisation> {
    this.assertId(input.id);
    if (!isAdmin(principal) && actingOrganisationId(principal) !== input.id) {
      throw new OrganisationsError(OrganisationsErrorCode.NOT_A_MEMBER, 'Only members of this organisation may change it');
    }
    if (input.wijkCodes) await this.wijken.assertExists(input.wijkCodes, 'wijkCodes');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Organisation);
      const organisation = await repository.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!organisation) throw this.notFound();
      if (input.name != null) organisation.name = input.name.trim();
      if (input.kind != null) organisation.kind = input.kind;
      if (input.wijkCodes != null) organisation.wijkCodes = [...new Set(input.wijkCodes)];
      if (input.description != null) organisation.description = input.description.trim();
      if (input.email !== undefined) organisation.email = contact(input.email)?.toLowerCase() ?? null;
      if (input.phone !== undefined) organisation.phone = contact(input.phone);
      if (input.website !== undefined) organisation.website = contact(input.website);
      const saved = await repository.save(organisation);
      if (saved.status === OrganisationStatus.APPROVED) {
        await this.outbox.record(manager, { kind: 'organisation', id: saved.id, op: 'upsert' });
      }
      return saved;
    });
  }

  /** One organisation, if the caller may see it; otherwise it looks like no organisation at all. */
  async get(principal: Principal | undefined, id: string): Promise<Organisation> {
    this.assertId(id);
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation || !this.maySee(principal, organisation)) throw this.notFound();
    return organisation;
  }

  /** The sociale kaart: approved organisations, plus the caller's own pending one; all for admins. */
  async list(
    principal: Principal | undefined,
    filter: OrganisationFilterInput = {},
    page: { first: number; after?: string },
  ): Promise<Page<Organisation>> {
    const query = this.organisations.createQueryBuilder('o');
    if (!isAdmin(principal)) {
      const own = actingOrganisationId(principal);
      if (own) query.andWhere(`(o.status = 'APPROVED' OR o.id = :own)`, { own });
      else query.andWhere(`o.status = 'APPROVED'`);
    }
    if (filter.status) query.andWhere('o.status = :status', { status: filter.status });
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.wijkCode) query.andWhere(':wijkCode = ANY(o.wijk_codes)', { wijkCode: filter.wijkCode });
    const text = filter.text?.trim();
    if (text) query.andWhere('(o.name ILIKE :text OR o.description ILIKE :text)', { text: likePattern(text) });
    if (page.after) {
      const [name, id] = decodeCursor(page.after);
      query.andWhere('(o.name, o.id) > (:name, :id)', { name: String(name), id: this.cursorId(id) });
    }
    const rows = await query.orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').take(page.first + 1).getMany();
    return toPage(rows, page.first, (o) => [o.name, o.id]);
  }

  /** For other libraries' loaders: organisations by id, without access checks (callers decide). */
  async findByIds(ids: readonly string[]): Promise<Organisation[]> {
    const unique = [...new Set(ids)].filter((id) => isUUID(id));
    if (unique.length === 0) return [];
    return this.organisations.findBy({ id: In(unique) });
  }

  /** For other libraries: the organisation by id, or NOT_FOUND. */
  async require(id: string): Promise<Organisation> {
    this.assertId(id);
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw this.notFound();
    return organisation;
  }

  /** Input as stored: plain trimmed text, empty contact fields as null, email in lower case. */
  private fields(input: CreateOrganisationInput, wijkCodes: string[]): Partial<Organisation> {
    return {
      name: input.name.trim(),
      kind: input.kind,
      wijkCodes,
      description: input.description?.trim() ?? '',
      email: contact(input.email)?.toLowerCase() ?? null,
      phone: contact(input.phone),
      website: contact(input.website),
    };
  }

  private maySee(principal: Principal | undefined, organisation: Organisation): boolean {
    return (
      organisation.status === OrganisationStatus.APPROVED || isAdmin(principal) || actingOrganisationId(principal) === organisation.id
    );
  }

  private assertId(id: string): void {
    if (!isUUID(id)) throw this.notFound();
  }

  private cursorId(id: string | number | undefined): string {
    if (typeof id !== 'string' || !isUUID(id)) {
      throw new CoreError(CoreErrorCode.INVALID_CURSOR, 'The cursor is not valid', [{ field: 'after', message: 'invalid cursor' }]);
    }
    return id;
  }

  private notFound(): OrganisationsError {
    return new OrganisationsError(OrganisationsErrorCode.ORGANISATION_NOT_FOUND, 'No such organisation');
  }
}
