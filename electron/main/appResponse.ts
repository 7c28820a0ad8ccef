import { readFile } from 'node:fs/promises';
import {
  CONTENT_SECURITY_POLICY,
  mimeTypeFor,
  resolveStaticPath,
} from '../../assessments/transport/staticFiles';
import { APP_HOST } from './policy';

/** On every response, errors included, so no page the scheme serves ever runs without the CSP. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Answers one `assay:` request from the built renderer in `rendererRoot`. Kept free of `electron`
 * (it takes and returns web-standard Request/Response) so the traversal refusal is unit-tested.
 */
export async function respondToAppRequest(rendererRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(404, 'Not found');
  }
  if (url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return plain(404, 'Not found');
  }
  const file = resolveStaticPath(rendererRoot, url.pathname);
  if (file === null) return plain(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  // A plain Uint8Array is a BodyInit under both the Node and the DOM typings.
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(file) },
  });
}
