import type { ServerToAgent } from '../../protocol/agent-frames';

/**
 * Reads one relay frame. The relay is trusted to send well-formed frames, so this only checks the
 * envelope (an object with a string `type`) and returns null for anything else.
 */
export function parseServerFrame(raw: string): ServerToAgent | null {
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || typeof (data as { type?: unknown }).type !== 'string') return null;
    return data as ServerToAgent;
  } catch {
    return null;
  }
}
