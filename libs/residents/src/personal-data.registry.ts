import { Injectable } from '@nestjs/common';

/**
 * One library's part of a resident's data export (AVG right of access). A library that stores
 * data about residents registers one in `onModuleInit` (inject `PersonalDataRegistry` from
 * `@buurtbrug/residents`), so `exportMyData` always covers everything.
 */
export interface PersonalDataContributor {
  /** The key of this part in the export, e.g. `posts`; unique. */
  readonly section: string;
  /** Everything this library holds about the resident, as plain JSON-serialisable data. */
  collect(userId: string): Promise<unknown>;
}

/** Sections the residents library fills itself. */
export const CORE_EXPORT_SECTIONS = ['exportedAt', 'account', 'profile', 'consents', 'auditLog'] as const;

@Injectable()
export class PersonalDataRegistry {
  private readonly contributors = new Map<string, PersonalDataContributor>();

  register(contributor: PersonalDataContributor): void {
    const section = contributor.section;
    if (!/^[a-z][A-Za-z0-9]*$/.test(section)) throw new Error(`Personal data section must be camelCase: ${section}`);
    if ((CORE_EXPORT_SECTIONS as readonly string[]).includes(section) || this.contributors.has(section)) {
      throw new Error(`Personal data section already taken: ${section}`);
    }
    this.contributors.set(section, contributor);
  }

  all(): PersonalDataContributor[] {
    return [...this.contributors.values()];
  }
}
