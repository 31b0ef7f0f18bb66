import type { Role } from '../auth/session';

/** Where someone starts after logging in: the first thing their role does. */
export function homeFor(role: Role | undefined): string {
  switch (role) {
    case 'RESIDENT':
      return '/profile';
    case 'SOCIAL_WORKER':
      return '/social/residents';
    case 'PROVIDER':
      return '/organisation';
    case 'ADMIN':
      return '/admin/organisations';
    default:
      return '/account';
  }
}

/** Only paths inside this app are followed after login (no open redirect to another site). */
export function safeNext(next: string | null): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  return next;
}
