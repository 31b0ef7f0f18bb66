import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Role, type UserPrincipal } from '@buurtbrug/auth';
import { AuditService, CoreError, CoreErrorCode, decodeCursor, type Page, SearchOutbox, toPage } from '@buurtbrug/core';
import { TagsService } from '@buurtbrug/tags';
import { WijkenService } from '@buurtbrug/wijken';
import { Brackets, DataSource, type EntityManager, Repository, type SelectQueryBuilder } from 'typeorm';
import type { CreatePostInput } from './dto/create-post.input.js';
import type { FilterPostsInput } from './dto/filter-posts.input.js';
import type { UpdatePostInput } from './dto/update-post.input.js';
import { Post } from './post.entity.js';
import type { PostView } from './post.model.js';
import { PostAuthors, type ResidentFacts } from './post-authors.js';
import { canTransition, PostStatus, refusedTransitionMessage } from './post-status.js';
import { TalentsWantsError, TalentsWantsErrorCode } from './talents-wants.errors.js';
import { PostClosed, PostCreated, PostUpdated } from './talents-wants.events.js';

/** How long a post stays open before it expires, and how far "extend" pushes it. */
export const POST_LIFETIME_SQL = "now() + interval '8 weeks'";

interface ViewRow {
  p_id: string;
  author_display_name: string;
  wijk_name: string | null;
  created_at_exact: string;
}

/** A principal's view of the neighbourhood: every wijk (admins) or a list of wijk codes. */
type Scope = { all: true } | { all: false; wijken: string[] };

/**
 * Offers and requests: who may post, change, close and see them. Access is checked before
 * anything is read or written; every write and its search-outbox row share one transaction,
 * and domain events go out only after it committed.
 */
@Injectable()
export class PostService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Post) private readonly posts: Repository<Post>,
    private readonly residents: PostAuthors,
    private readonly wijken: WijkenService,
    private readonly tags: TagsService,
    private readonly outbox: SearchOutbox,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  // ---------------------------------------------------------------- writes

  async create(principal: UserPrincipal, input: CreatePostInput, onBehalfOf?: string | null): Promise<PostView> {
    const author = await this.actingAuthor(principal, onBehalfOf);
    const wijkCode = input.wijkCode ?? author.wijkCode;
    if (input.wijkCode) await this.assertWithinReach(author.wijkCode, input.wijkCode);
    const tags = await this.normaliseTags(input.tags, 'tags');
    const created = await this.dataSource.transaction(async (manager) => {
      const post = await manager.save(
        manager.create(Post, {
          authorId: author.userId,
          kind: input.kind,
          title: input.title,
          text: input.text ?? '',
          tags,
          wijkCode,
          status: PostStatus.OPEN,
        }),
      );
      await this.outbox.record(manager, { kind: 'post', id: post.id, op: 'upsert' });
      await this.auditOnBehalf(manager, principal, author, 'POST_CREATED_ON_BEHALF', post);
      return post;
    });
    this.events.emit(
      PostCreated.eventName,
      new PostCreated({ postId: created.id, kind: created.kind, wijkCode, tags, authorId: author.userId }),
    );
    return this.viewOrFail(created.id);
  }

  async update(principal: UserPrincipal, id: string, input: UpdatePostInput): Promise<PostView> {
    const { post: current, author } = await this.manageable(principal, id);
    if (input.wijkCode !== undefined && input.wijkCode !== current.wijkCode) {
      await this.assertWithinReach(author.wijkCode, input.wijkCode);
    }
    const tags = input.tags === undefined ? undefined : await this.normaliseTags(input.tags, 'tags');
    const updated = await this.dataSource.transaction(async (manager) => {
      const post = await this.lock(manager, id);
      if (post.status !== PostStatus.OPEN) {
        throw new TalentsWantsError(
          TalentsWantsErrorCode.NOT_EDITABLE,
          `Je kunt alleen een open bericht aanpassen. / Only an open post can be changed (this one is ${post.status}).`,
        );
      }
      if (input.title !== undefined) post.title = input.title;
      if (input.text !== undefined) post.text = input.text;
      if (tags !== undefined) post.tags = tags;
      if (input.wijkCode !== undefined) post.wijkCode = input.wijkCode;
      const saved = await manager.save(post);
      await this.outbox.record(manager, { kind: 'post', id, op: 'upsert' });
      await this.auditOnBehalf(manager, principal, author, 'POST_UPDATED_ON_BEHALF', saved);
      return saved;
    });
    this.events.emit(PostUpdated.eventName, new PostUpdated({ ...this.eventFields(updated) }));
    return this.viewOrFail(id);
  }

  /** Closing twice is harmless: the second call changes nothing and announces nothing. */
  async close(principal: UserPrincipal, id: string): Promise<PostView> {
    const { author } = await this.manageable(principal, id);
    const closed = await this.dataSource.transaction(async (manager) => {
      const post = await this.lock(manager, id);
      if (post.status === PostStatus.CLOSED) return null;
      this.assertTransition(post.status, PostStatus.CLOSED);
      await manager.update(Post, { id }, { status: PostStatus.CLOSED });
      await this.outbox.record(manager, { kind: 'post', id, op: 'delete' });
      await this.auditOnBehalf(manager, principal, author, 'POST_CLOSED_ON_BEHALF', post);
      return post;
    });
    if (closed) {
      this.events.emit(PostClosed.eventName, new PostClosed({ postId: id, authorId: closed.authorId, wijkCode: closed.wijkCode }));
    }
    return this.viewOrFail(id);
  }

  /**
   * One-click "still current": the post runs 8 more weeks from now, an expired one opens again,
   * and a new reminder may follow before the new date.
   */
  async extend(principal: UserPrincipal, id: string): Promise<PostView> {
    const { author } = await this.manageable(principal, id);
    const extended = await this.dataSource.transaction(async (manager) => {
      const post = await this.lock(manager, id);
      // An open post keeps its status (no transition), it only gets a later date.
      if (post.status !== PostStatus.OPEN) this.assertTransition(post.status, PostStatus.OPEN);
      await manager
        .createQueryBuilder()
        .update(Post)
        .set({ status: PostStatus.OPEN, expiresAt: () => POST_LIFETIME_SQL, reminderSentAt: null })
        .where('id = :id', { id })
        .execute();
      await this.outbox.record(manager, { kind: 'post', id, op: 'upsert' });
      await this.auditOnBehalf(manager, principal, author, 'POST_EXTENDED_ON_BEHALF', post);
      return post;
    });
    this.events.emit(PostUpdated.eventName, new PostUpdated({ ...this.eventFields(extended) }));
    return this.viewOrFail(id);
  }

  /**
   * OPEN → MATCHED, for the matching library's listener once both sides accepted. A matched
   * post leaves the search index: it is no longer looking for anyone.
   */
  async markMatched(id: string): Promise<Post> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.lock(manager, id);
      if (post.status === PostStatus.MATCHED) return post;
      this.assertTransition(post.status, PostStatus.MATCHED);
      await manager.update(Post, { id }, { status: PostStatus.MATCHED });
      await this.outbox.record(manager, { kind: 'post', id, op: 'delete' });
      return manager.findOneByOrFail(Post, { id });
    });
  }

  /**
   * Erasure: every post of this author goes. Their search documents leave through the
   * `post_deleted_to_search_outbox` trigger (migration 1764000500000) in the same transaction:
   * the trigger also covers posts removed by the account's ON DELETE CASCADE, which no code here
   * ever sees. Pass the eraser's transaction when there is one.
   */
  async eraseAuthor(authorId: string, manager?: EntityManager): Promise<string[]> {
    const run = async (m: EntityManager) => {
      // Through a CTE so the driver hands back plain rows (a bare DELETE … RETURNING comes as [rows, count]).
      const deleted = (await m.query(`WITH gone AS (DELETE FROM post WHERE author_id = $1 RETURNING id) SELECT id FROM gone`, [
        authorId,
      ])) as { id: string }[];
      return deleted.map((row) => row.id);
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  // ---------------------------------------------------------------- reads

  /**
   * The neighbourhood board. Residents see open posts of their own and neighbouring wijken (and
   * all of their own); social workers every post of the wijken they work for and their
   * neighbours; admins everything. Default: open posts only.
   */
  async list(principal: UserPrincipal, filter: FilterPostsInput = {}, first = 20, after?: string): Promise<Page<PostView>> {
    const scope = await this.scopeOf(principal);
    const qb = this.viewQuery();
    this.restrictToVisible(qb, principal, scope);
    qb.andWhere('p.status = :status', { status: filter.status ?? PostStatus.OPEN });
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.wijkCode) qb.andWhere('p.wijk_code = :wijkCode', { wijkCode: filter.wijkCode });
    if (filter.tags?.length) {
      qb.andWhere('p.tags && :tags::text[]', { tags: await this.normaliseTags(filter.tags, 'filter.tags') });
    }
    return this.page(qb, first, after);
  }

  /** Everything you posted, in any status, newest first. */
  async mine(principal: UserPrincipal, first = 20, after?: string): Promise<Page<PostView>> {
    const qb = this.viewQuery().andWhere('p.author_id = :me', { me: principal.userId });
    return this.page(qb, first, after);
  }

  /** One post under the same rule as the board; one you may not see looks like no post at all. */
  async get(principal: UserPrincipal, id: string): Promise<PostView> {
    const view = await this.view(id);
    if (!view || !(await this.maySee(principal, view.post))) throw this.notFound();
    return view;
  }

  /** A resident's own posts for exportMyData: everything stored, in plain values. */
  async exportFor(authorId: string): Promise<Record<string, unknown>[]> {
    const posts = await this.posts.find({ where: { authorId }, order: { createdAt: 'ASC' } });
    return posts.map((post) => ({
      id: post.id,
      kind: post.kind,
      title: post.title,
      text: post.text,
      tags: post.tags,
      wijkCode: post.wijkCode,
      status: post.status,
      expiresAt: post.expiresAt.toISOString(),
      reminderSentAt: post.reminderSentAt?.toISOString() ?? null,
      createdAt: post.createdAt.toISOString(),
      updatedAt: post.updatedAt.toISOString(),
    }));
  }

  // ---------------------------------------------------------------- access

  /**
   * Who a new post is by. A resident posts as themselves and needs a profile (the post takes its
   * wijk); a social worker posts only for a resident registered on their behalf in one of the
   * social worker's wijken.
   */
  private async actingAuthor(principal: UserPrincipal, onBehalfOf?: string | null): Promise<ResidentFacts> {
    if (principal.role === Role.RESIDENT) {
      if (onBehalfOf && onBehalfOf !== principal.userId) {
        throw new TalentsWantsError(
          TalentsWantsErrorCode.NOT_ON_BEHALF,
          'Alleen sociaal werk kan een bericht plaatsen voor iemand anders. / Only a social worker can post on behalf of someone else.',
        );
      }
      const self = await this.residents.facts(principal.userId);
      if (!self) {
        throw new TalentsWantsError(
          TalentsWantsErrorCode.NO_PROFILE,
          'Vul eerst je profiel in: daar staat in welke wijk je woont. / Fill in your profile first: it says which wijk you live in.',
          [{ field: 'profile', message: 'fill in your profile (with your wijk) before you post' }],
        );
      }
      return self;
    }
    if (principal.role === Role.SOCIAL_WORKER) {
      if (!onBehalfOf) {
        throw new TalentsWantsError(
          TalentsWantsErrorCode.ON_BEHALF_REQUIRED,
          'Kies voor wie je dit bericht plaatst. / Choose the resident you are posting for.',
          [{ field: 'onBehalfOf', message: 'required for a social worker' }],
        );
      }
      const resident = await this.residents.facts(onBehalfOf);
      if (!resident || !this.isOnBehalfOf(principal, resident)) {
        throw new TalentsWantsError(
          TalentsWantsErrorCode.NOT_ON_BEHALF,
          'Je kunt alleen berichten plaatsen voor inwoners die jij namens hen hebt aangemeld in jouw wijken. / You can only post for residents registered on their behalf in your wijken.',
        );
      }
      return resident;
    }
    throw new TalentsWantsError(TalentsWantsErrorCode.NOT_YOUR_POST, 'Alleen inwoners plaatsen berichten. / Only residents post.');
  }

  private isOnBehalfOf(principal: UserPrincipal, resident: ResidentFacts): boolean {
    return resident.onBehalf && principal.wijkCodes.includes(resident.wijkCode);
  }

  /** The post and its author, if the caller may change it: their own, or (social work) one they post for. */
  private async manageable(principal: UserPrincipal, id: string): Promise<{ post: Post; author: ResidentFacts }> {
    const post = await this.posts.findOneBy({ id });
    if (!post) throw this.notFound();
    const author = await this.residents.facts(post.authorId);
    const mine = principal.role === Role.RESIDENT && post.authorId === principal.userId;
    const onBehalf = principal.role === Role.SOCIAL_WORKER && author !== null && this.isOnBehalfOf(principal, author);
    // Without a profile (an edge of erasure) the post's own wijk stands in for home.
    if (mine || onBehalf) return { post, author: author ?? { userId: post.authorId, wijkCode: post.wijkCode, onBehalf: false } };
    // A post you cannot even see stays invisible; one you can see but not change is refused.
    if (!(await this.maySee(principal, post))) throw this.notFound();
    throw new TalentsWantsError(TalentsWantsErrorCode.NOT_YOUR_POST, 'Je kunt alleen je eigen berichten aanpassen. / You can only change your own posts.');
  }

  private async maySee(principal: UserPrincipal, post: Post): Promise<boolean> {
    if (principal.role === Role.RESIDENT && post.authorId === principal.userId) return true;
    const scope = await this.scopeOf(principal);
    if (scope.all) return true;
    if (!scope.wijken.includes(post.wijkCode)) return false;
    return principal.role === Role.SOCIAL_WORKER || post.status === PostStatus.OPEN;
  }

  private async scopeOf(principal: UserPrincipal): Promise<Scope> {
    switch (principal.role) {
      case Role.ADMIN:
        return { all: true };
      case Role.RESIDENT: {
        const wijk = (await this.residents.facts(principal.userId))?.wijkCode;
        return { all: false, wijken: wijk ? await this.withNeighbours([wijk]) : [] };
      }
      case Role.SOCIAL_WORKER:
        return { all: false, wijken: await this.withNeighbours(principal.wijkCodes) };
      default:
        return { all: false, wijken: [] };
    }
  }

  /** The wijken themselves and their neighbours, by the wijken library's one rule for "neighbouring". */
  private async withNeighbours(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    if (codes.length === 1) return [codes[0], ...(await this.wijken.neighbourCodes(codes[0]))];
    const neighbours = await this.wijken.neighbourMap(await this.wijken.findByCodes(codes));
    return [...new Set([...codes, ...[...neighbours.values()].flat()])];
  }

  private restrictToVisible(qb: SelectQueryBuilder<Post>, principal: UserPrincipal, scope: Scope): void {
    if (scope.all) return;
    if (principal.role === Role.RESIDENT) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('p.author_id = :me', { me: principal.userId })
            .orWhere(`(p.wijk_code = ANY(:visible::text[]) AND p.status = '${PostStatus.OPEN}')`, { visible: scope.wijken }),
        ),
      );
      return;
    }
    qb.andWhere('p.wijk_code = ANY(:visible::text[])', { visible: scope.wijken });
  }

  /** A post may move to the author's own wijk or one next to it, and only to a wijk that exists. */
  private async assertWithinReach(homeWijk: string, wijkCode: string): Promise<void> {
    await this.wijken.assertExists([wijkCode], 'wijkCode');
    const reach = await this.withNeighbours([homeWijk]);
    if (!reach.includes(wijkCode)) {
      throw new TalentsWantsError(
        TalentsWantsErrorCode.WIJK_OUT_OF_REACH,
        'Kies je eigen wijk of een wijk ernaast. / Choose your own wijk or one next to it.',
        [{ field: 'wijkCode', message: 'not your wijk or a neighbouring one' }],
      );
    }
  }

  private async auditOnBehalf(manager: EntityManager, principal: UserPrincipal, author: ResidentFacts, action: string, post: Post): Promise<void> {
    if (principal.userId === author.userId) return;
    await this.audit.record(
      { actorId: principal.userId, action, subjectType: 'post', subjectId: post.id, wijkCode: post.wijkCode, details: { residentId: author.userId } },
      manager,
    );
  }

  // ---------------------------------------------------------------- plumbing

  private async normaliseTags(tags: string[] | undefined, field: string): Promise<string[]> {
    if (!tags?.length) return [];
    return [...new Set(await this.tags.normalise(tags, field))];
  }

  private assertTransition(from: PostStatus, to: PostStatus): void {
    if (!canTransition(from, to)) {
      throw new TalentsWantsError(TalentsWantsErrorCode.ILLEGAL_TRANSITION, refusedTransitionMessage(from, to));
    }
  }

  private async lock(manager: EntityManager, id: string): Promise<Post> {
    const post = await manager.findOne(Post, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!post) throw this.notFound();
    return post;
  }

  private eventFields(post: Post) {
    return { postId: post.id, kind: post.kind, wijkCode: post.wijkCode, tags: post.tags, authorId: post.authorId };
  }

  private notFound(): TalentsWantsError {
    return new TalentsWantsError(TalentsWantsErrorCode.POST_NOT_FOUND, 'Dit bericht bestaat niet (meer). / This post does not exist (any more).');
  }

  private viewQuery(): SelectQueryBuilder<Post> {
    return this.posts
      .createQueryBuilder('p')
      .innerJoin('user_account', 'u', 'u.id = p.author_id')
      .leftJoin('wijk', 'w', 'w.code = p.wijk_code')
      .addSelect('u.display_name', 'author_display_name')
      .addSelect('w.name', 'wijk_name')
      // The exact timestamp (microseconds) for the cursor: a JS Date would round it and skip rows.
      .addSelect(`to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'created_at_exact');
  }

  private async views(qb: SelectQueryBuilder<Post>): Promise<(PostView & { cursor: string })[]> {
    const { entities, raw } = await qb.getRawAndEntities<ViewRow>();
    const byId = new Map(raw.map((row) => [row.p_id, row]));
    return entities.map((post) => {
      const row = byId.get(post.id)!;
      return { post, authorDisplayName: row.author_display_name, wijkName: row.wijk_name, cursor: row.created_at_exact };
    });
  }

  private async view(id: string): Promise<PostView | null> {
    const [view] = await this.views(this.viewQuery().where('p.id = :id', { id }));
    return view ?? null;
  }

  private async viewOrFail(id: string): Promise<PostView> {
    const view = await this.view(id);
    if (!view) throw this.notFound();
    return view;
  }

  private async page(qb: SelectQueryBuilder<Post>, first: number, after?: string): Promise<Page<PostView>> {
    if (after) {
      const [createdAt, id] = decodeCursor(after);
      if (typeof createdAt !== 'string' || typeof id !== 'string' || !CURSOR_TIME.test(createdAt) || !UUID.test(id)) {
        throw new CoreError(CoreErrorCode.INVALID_CURSOR, 'The cursor is not valid', [{ field: 'after', message: 'invalid cursor' }]);
      }
      qb.andWhere('(p.created_at, p.id) < (:cursorAt::timestamptz, :cursorId::uuid)', { cursorAt: createdAt, cursorId: id });
    }
    qb.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'DESC').limit(first + 1);
    const rows = await this.views(qb);
    return toPage(rows, first, (row) => [row.cursor, row.post.id]);
  }
}

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
