import { AuditResolver } from './audit.resolver.ts';

/** The resolvers of the audit trail (registered in api/src/schema.ts). */
export const auditResolvers = [AuditResolver] as const;
