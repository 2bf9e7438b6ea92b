import { EXIT, UsageError, type ExitCode, type Io } from './io.ts';
import { chooseWritePath, printErrors, serverGraphQL } from './server.ts';
import { withStore } from './store.ts';

const CREATE = `mutation SeedAccountAdd($input: CreateAccountInput!, $reason: String) {
  createAccount(input: $input, reason: $reason) { id email role }
}`;

/** The reason the accounts audit log keeps when `--reason` is not given. */
const DEFAULT_REASON = 'npm run seed -- account add';

export interface AccountAddOptions {
  email: string;
  role: string;
  name?: string;
  /** Why, for the accounts audit log (default: the command). */
  reason?: string;
  /** ACCOUNT_PASSWORD, else the first line of standard input. */
  password: string | null;
}

/**
 * `account add --email … --role admin`: creates a local account straight in
 * the store (the first admin of a deployment; decision 0023). The password
 * comes from ACCOUNT_PASSWORD or standard input, never from an argument
 * (arguments show in `ps` and the shell history). Through the running server
 * when one serves the store, else directly; either way one entry in the
 * accounts audit log (`changes(areaId: "deployment:accounts")`): who, when,
 * the account (never its password or hash) and `--reason`.
 */
export async function accountAddCommand(options: AccountAddOptions, io: Io): Promise<ExitCode> {
  const { AccountService, isRole } = await import('@accgraph/api/auth');
  if (!isRole(options.role)) {
    throw new UsageError(`--role must be viewer, editor or admin, got "${options.role}"`);
  }
  if (!options.password) {
    throw new UsageError(
      'no password: set ACCOUNT_PASSWORD or pipe it on standard input (e.g. `read -rs P && echo "$P" | npm run seed -- account add …`)',
    );
  }
  const path = await chooseWritePath(io);
  if (path.kind === 'server') {
    // the server's local admin creates it (createAccount, deployment admins)
    const { status, body } = await serverGraphQL<{
      createAccount: { id: string; email: string; role: string };
    }>(path.server, CREATE, {
      input: {
        email: options.email,
        displayName: options.name ?? null,
        password: options.password,
        role: options.role.toUpperCase(),
      },
      reason: options.reason ?? DEFAULT_REASON,
    });
    const account = body.data?.createAccount;
    if (!account) {
      // BAD_USER_INPUT: the message says what to fix (e-mail, password length, exists already)
      const bad = body.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT');
      if (bad) for (const e of body.errors ?? []) io.err(e.message);
      else printErrors(io, status, body.errors);
      return EXIT.data;
    }
    io.out(`created ${account.role.toLowerCase()} account ${account.email} (${account.id})`);
    return EXIT.ok;
  }
  return withStore(async (store) => {
    try {
      const account = await new AccountService({ store }).create(
        'operator',
        {
          email: options.email,
          displayName: options.name ?? null,
          password: options.password,
          role: options.role as 'viewer' | 'editor' | 'admin',
        },
        options.reason ?? DEFAULT_REASON,
      );
      io.out(`created ${account.role} account ${account.email} (${account.id})`);
      return EXIT.ok;
    } catch (error) {
      // BadUserInputError: the message says what to fix (e-mail, password length, exists already)
      io.err(error instanceof Error ? error.message : String(error));
      return EXIT.data;
    }
  });
}

/** The first line of standard input, or null when it is a terminal with nothing typed or empty. */
export async function readPasswordFromStdin(
  stdin: NodeJS.ReadStream = process.stdin,
): Promise<string | null> {
  if (stdin.isTTY) {
    process.stderr.write('Password (input is shown; pipe it to keep it off the screen): ');
  }
  let text = '';
  for await (const chunk of stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  const line = text.split(/\r?\n/)[0] ?? '';
  return line === '' ? null : line;
}
