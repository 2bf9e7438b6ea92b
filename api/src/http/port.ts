import net from 'node:net';

/** What a failed `listen` means for the user, in one line (undefined: not a port problem). */
export function listenProblem(error: unknown, host: string, port: number): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') {
    return `port ${port} on ${host} is already in use. Stop the program using it, or set PORT to a free port.`;
  }
  if (code === 'EACCES') {
    return `not allowed to listen on port ${port} on ${host}. Set PORT to a port above 1023.`;
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return `cannot listen on ${host}: no such address on this machine. Check HOST.`;
  }
  return undefined;
}

/**
 * Binds `host:port` for a moment and lets it go: a port that is taken is
 * reported before the store is opened or seeded (the real listen comes after
 * seeding). Port 0 (any free port) always succeeds.
 */
export function portProblem(host: string, port: number): Promise<string | undefined> {
  if (port === 0) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error) => resolve(listenProblem(error, host, port) ?? String(error)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}
