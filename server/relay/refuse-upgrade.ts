import type { Duplex } from 'node:stream';

/** Ends an HTTP upgrade with a status and a one-line reason, before any WebSocket exists. */
export function refuseUpgrade(socket: Duplex, status: 401 | 403 | 404, reason: string): void {
  const statusText = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' }[status];
  socket.end(`HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`);
}
