/** The CSRF cookie the API sets at sign-in (readable by the page; the session cookie is not). */
export const CSRF_COOKIE = 'accgraph_csrf';
/** The header every request made with a session repeats it in (docs/security.md). */
export const CSRF_HEADER = 'x-csrf-token';

/** The CSRF token of this browser's session, or null when signed out. */
export function csrfToken(cookies: string = globalThis.document?.cookie ?? ''): string | null {
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** `fetch` for Apollo's HttpLink: adds the CSRF header whenever the browser has a session. */
export const csrfFetch: typeof fetch = (input, init) => {
  const token = csrfToken();
  if (!token) return fetch(input, init);
  const headers = new Headers(init?.headers);
  headers.set(CSRF_HEADER, token);
  return fetch(input, { ...init, headers });
};
