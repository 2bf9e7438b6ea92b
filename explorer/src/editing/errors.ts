/** What to tell an editor when the server refuses an edit (its code and message). */
export function editErrorText(error: unknown): string {
  const first = (
    error as {
      errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
      message?: string;
    }
  )?.errors?.[0];
  const code = first?.extensions?.code;
  if (code === 'CONFLICT')
    return `Someone else changed this area since you opened it (it is now at version ${String(first?.extensions?.currentVersion ?? '?')}). Nothing was saved: reload and make your change again.`;
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')
    return 'You need the editor role for this area to change it. Sign in with an editor account.';
  return first?.message ?? (error as { message?: string })?.message ?? 'The change was not saved.';
}
