/** Turns whatever Apollo Client reports into a message the user can act on. */
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import { message, type UiMessage } from '../messages';

/** Statuses a proxy or load balancer gives when the API is down or starting. */
const UNREACHABLE = new Set([502, 504]);
const NOT_READY = new Set([503]);

export function describeError(error: unknown): UiMessage {
  if (CombinedGraphQLErrors.is(error)) {
    const detail = error.errors
      .map((e) => {
        const code = e.extensions?.['code'];
        return typeof code === 'string' ? `${e.message} (${code})` : e.message;
      })
      .join('; ');
    return message('apiGraphqlError', detail || 'unknown GraphQL error');
  }
  if (ServerError.is(error)) {
    if (UNREACHABLE.has(error.statusCode)) return message('apiUnreachable');
    if (NOT_READY.has(error.statusCode)) return message('apiNotReady', error.statusCode);
    return message('apiHttpError', error.statusCode);
  }
  if (ServerParseError.is(error)) return message('apiBadResponse');
  // fetch() rejects with a TypeError when nothing answers at all.
  if (error instanceof TypeError) return message('apiUnreachable');
  const detail = error instanceof Error ? error.message : String(error);
  return message('unexpected', detail);
}
