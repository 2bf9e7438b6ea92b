/** Accounts in the explorer (decision 0023): who is signed in, sign-in, the account menu. */
export { AccountMenu } from './AccountMenu';
export { SignInDialog } from './SignInDialog';
export { useMe, can, roleIn, type Me, type RoleName, type UseMe } from './useMe';
export { csrfFetch, csrfToken, CSRF_COOKIE, CSRF_HEADER } from './csrf';
