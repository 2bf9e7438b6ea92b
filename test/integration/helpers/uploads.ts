/**
 * What the draft tests share: a document uploaded as the explorer's "Add an
 * area" sends it, a multipart POST to the real `/uploads` route.
 */
import type { SignedIn } from './auth.ts';

/** POSTs `bytes` as the file `name` to `/uploads`, as `who` (or anonymously): the status and JSON body. */
export async function upload(
  url: string,
  who: SignedIn | null,
  bytes: Uint8Array,
  name: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(`${url}/uploads`, {
    method: 'POST',
    body: form,
    headers: who ? who.headers : {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
