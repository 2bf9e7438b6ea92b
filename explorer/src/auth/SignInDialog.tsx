import { useApolloClient } from '@apollo/client/react';
import { print } from 'graphql';
import { useState, type FormEvent } from 'react';
import { GRAPHQL_PATH } from '../data/client';
import { SIGN_IN_MUTATION } from '../data/operations';
import { Dialog } from '../ui/Dialog';
import { csrfFetch } from './csrf';

interface Props {
  open: boolean;
  onClose: () => void;
  /** OpenID Connect is configured: offer "Sign in with your organisation". */
  oidc: boolean;
}

/** Sends signIn; the error message the API wrote (wrong password, too many attempts), or null. */
async function signIn(email: string, password: string): Promise<string | null> {
  const response = await csrfFetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ query: print(SIGN_IN_MUTATION), variables: { email, password } }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    errors?: { message: string }[];
  };
  if (response.ok && !body.errors?.length) return null;
  return body.errors?.[0]?.message ?? `Sign-in failed (HTTP ${response.status}).`;
}

/**
 * The sign-in dialog: e-mail and password (and the organisation's sign-in
 * where configured). A modal <dialog> (ui/Dialog): focus is trapped inside,
 * Esc closes it, focus returns to the button that opened it. After sign-in
 * every query is asked again (what an account may read can differ).
 */
export function SignInDialog({ open, onClose, oidc }: Props) {
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const problem = await signIn(email, password);
      if (problem) {
        setError(problem);
        return;
      }
      setPassword('');
      onClose();
      await client.resetStore();
    } catch {
      setError('The server cannot be reached; retry shortly.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} title="Sign in" onClose={onClose} testId="sign-in-dialog">
      <form className="ag-sign-in" onSubmit={(e) => void submit(e)} noValidate>
        <label>
          E-mail address
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="sign-in-email"
          />
        </label>
        <label>
          Password
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="sign-in-password"
          />
        </label>
        {error ? (
          <p className="ag-sign-in__error" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        ) : null}
        <div className="ag-sign-in__actions">
          <button type="submit" disabled={busy || !email || !password} data-testid="sign-in-submit">
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
          {oidc ? (
            <a className="ag-sign-in__oidc" href="/auth/oidc/login" data-testid="sign-in-oidc">
              Sign in with your organisation
            </a>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
