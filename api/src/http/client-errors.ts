import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

/** How long a connection that sent malformed HTTP is read (and dropped) before it is closed. */
const LINGER_MS = 2_000;

function answer(error: { code?: string }): [number, string] {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return [408, 'The request took too long to arrive.'];
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return [431, 'The request line and headers exceed 16 KiB. Send a long query in a POST body.'];
  }
  return [400, 'The request is not valid HTTP/1.1.'];
}

/**
 * Answers what Node's HTTP parser refuses (malformed HTTP, headers over
 * 16 KiB, a request that never finishes arriving), in place of Fastify's
 * default, which destroyed the socket at once and sent no `Connection:
 * close`: a client still sending was reset before it read the answer, and a
 * keep-alive client reused the dead connection for its next request (both
 * seen by the fuzz script). Here the answer says `Connection: close`, has no
 * body when the request was a HEAD, and the connection is read and dropped
 * for up to 2 s before it is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] = answer(error);
  // the bytes the parser refused (Node sets it on parser errors)
  const raw = (error as { rawPacket?: unknown }).rawPacket;
  const head = Buffer.isBuffer(raw) && raw.subarray(0, 5).toString('latin1') === 'HEAD ';
  const body = head
    ? ''
    : JSON.stringify({ error: STATUS_CODES[status], message, statusCode: status });
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.removeAllListeners('data');
  socket.on('data', () => undefined);
  socket.resume();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}
