import { useApolloClient } from '@apollo/client/react';
import { print } from 'graphql';
import { useEffect, useId, useRef, useState } from 'react';
import { GRAPHQL_PATH } from '../data/client';
import { SIGN_OUT_MUTATION } from '../data/operations';
import { csrfFetch } from './csrf';
import { SignInDialog } from './SignInDialog';
import { useMe } from './useMe';

const ROLE_LABEL: Record<string, string> = { VIEWER: 'viewer', EDITOR: 'editor', ADMIN: 'admin' };

/**
 * The header's account control: "Sign in" when anonymous; otherwise the
 * account's name, opening a small menu with who (e-mail), the role (per
 * area where set) and "Sign out". Esc or a click elsewhere closes the menu.
 */
export function AccountMenu() {
  const { me, oidc, loading } = useMe();
  const client = useApolloClient();
  const [dialog, setDialog] = useState(false);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    const onClick = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const signOut = async () => {
    setOpen(false);
    await csrfFetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ query: print(SIGN_OUT_MUTATION) }),
    }).catch(() => undefined);
    await client.resetStore();
  };

  if (!me) {
    return (
      <div className="ag-account">
        <button
          type="button"
          className="ag-account__button"
          onClick={() => setDialog(true)}
          disabled={loading}
          data-testid="sign-in-button"
        >
          Sign in
        </button>
        <SignInDialog open={dialog} onClose={() => setDialog(false)} oidc={oidc} />
      </div>
    );
  }
  const role = me.role ? ROLE_LABEL[me.role] : 'no deployment role';
  return (
    <div className="ag-account" ref={root}>
      <button
        type="button"
        className="ag-account__button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        data-testid="account-button"
        title={`${me.displayName} (${role})`}
      >
        <span className="ag-account__name">{me.displayName}</span>
        <span className="ag-account__role">{role}</span>
      </button>
      {open ? (
        <div className="ag-account__menu" id={menuId} data-testid="account-menu">
          <p className="ag-account__who">
            <strong>{me.displayName}</strong>
            <br />
            <span className="ag-muted">{me.email}</span>
          </p>
          <p>Role: {role}</p>
          {me.areaRoles.length > 0 ? (
            <ul className="ag-account__areas">
              {me.areaRoles.map((r) => (
                <li key={r.areaId}>
                  {r.areaId}: {ROLE_LABEL[r.role]}
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" onClick={() => void signOut()} data-testid="sign-out">
            Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}
