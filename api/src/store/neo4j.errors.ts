import { type ErrorContext, StoreError, messageOf, statementSuffix } from './errors.ts';

export interface Neo4jErrorContext extends ErrorContext {
  /** The server address without credentials, e.g. `bolt://db.example:7687`. */
  address: string;
  database: string;
  /** Redacted from every message, defensively. */
  secret?: string;
}

function codeOf(e: unknown): string {
  if (typeof e !== 'object' || e === null || !('code' in e)) return '';
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : '';
}

/** Hides the password should a message ever echo it (too short a secret would mangle words). */
function redact(text: string, secret: string | undefined): string {
  return secret && secret.length >= 4 ? text.split(secret).join('***') : text;
}

/** The first sentence of the driver's message and its "Caused by" part, if any. */
function shortReason(message: string): string {
  const cause = /Caused by: (.*)$/s.exec(message)?.[1];
  const first = message.split('. ')[0] ?? message;
  return cause ? `${first} (${cause.trim()})` : first;
}

/** Maps an error neo4j-driver raised to a StoreError (a StoreError passes through). */
export function toStoreError(e: unknown, ctx: Neo4jErrorContext): StoreError {
  if (e instanceof StoreError) return e;
  const code = codeOf(e);
  const raw = redact(messageOf(e), ctx.secret);
  const at = statementSuffix(ctx);
  const options = { statement: ctx.statement, cause: e };
  const where = `Neo4j at ${ctx.address} (database ${ctx.database})`;
  // The pool's acquisition timeout carries no code: a server that accepts
  // connections and never answers (a hung Neo4j, a firewall) ends there.
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /^Connection acquisition timed out/.test(raw)
  ) {
    return new StoreError(
      'STORE_UNAVAILABLE',
      `${where} is unreachable: ${shortReason(raw)}. Check NEO4J_URI and that the server is running.`,
      options,
    );
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new StoreError('STORE_SYNTAX', `Invalid Cypher${at}: ${raw}`, options);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new StoreError('STORE_CONSTRAINT', `Constraint violated${at}: ${raw}`, options);
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreError(
      'STORE_AUTH',
      `${where} refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD.`,
      options,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreError(
      'STORE_UNAVAILABLE',
      `${where}: the database does not exist. Check NEO4J_DATABASE.`,
      options,
    );
  }
  if (code.startsWith('Neo.TransientError.Transaction.') && /Deadlock|Lock/.test(code)) {
    return new StoreError(
      'STORE_CONFLICT',
      `Write conflict${at} persisted after retries: ${raw}`,
      options,
    );
  }
  if (code.startsWith('Neo.TransientError.')) {
    return new StoreError(
      'STORE_UNAVAILABLE',
      `${where} is temporarily unavailable: ${raw}`,
      options,
    );
  }
  return new StoreError('STORE_ERROR', `Neo4j error${at}: ${raw}`, options);
}
