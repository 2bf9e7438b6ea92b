import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.ts';
import { UnauthenticatedError } from '../errors.ts';
import type { ReadAccess } from './auth.config.ts';

/** Root query fields open without a session under READ_ACCESS=signed-in. */
const OPEN_QUERY_FIELDS = new Set(['me', 'oidcSignIn', '__typename']);

function rootFields(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  out: Set<string>,
  seen = new Set<string>(),
): Set<string> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) out.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      rootFields(selection.selectionSet, fragments, out, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments[selection.name.value];
      if (fragment) rootFields(fragment.selectionSet, fragments, out, seen);
    }
  }
  return out;
}

/**
 * READ_ACCESS=signed-in: a query from a request without a session answers
 * 401 UNAUTHENTICATED unless it asks only for `me` and `oidcSignIn` (so the explorer can show
 * its sign-in dialog). Runs once the operation is resolved, before the
 * response cache is consulted, so a cached answer never reaches a request
 * not allowed to read. Mutations are guarded by @Authorized (signIn is open).
 */
export function readAccessPlugin(readAccess: ReadAccess): ApolloServerPlugin<Context> {
  if (readAccess === 'open') return {};
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (contextValue.actor !== null || !operation || operation.operation === 'mutation')
            return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions)
            if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const asked = rootFields(operation.selectionSet, fragments, new Set());
          if ([...asked].every((name) => OPEN_QUERY_FIELDS.has(name))) return;
          const error = new UnauthenticatedError(
            'Sign in first: reading this server needs a signed-in account (READ_ACCESS=signed-in).',
          );
          // thrown before execution: Apollo answers 500 unless the error names its status
          (error.extensions as Record<string, unknown>).http = { status: 401 };
          throw error;
        },
      };
    },
  };
}
