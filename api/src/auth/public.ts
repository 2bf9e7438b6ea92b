/** What tests and the seed CLI use of accounts (package export `@accgraph/api/auth`). */
export { AccountService, type NewAccount } from './account.service.ts';
export type { AccountRecord } from './account.model.ts';
export { ACCOUNTS_LOG, ROLES, isRole, canAct, roleFor, type Role, type Actor } from './roles.ts';
export { SESSION_COOKIE, CSRF_COOKIE, CSRF_HEADER } from './request-auth.ts';
