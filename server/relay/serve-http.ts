import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

/** The console's HTML shell; the app itself is /console.js. */
const CONSOLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Baton — Agent console</title></head><body><div id="app"></div><script src="/console.js"></script></body></html>`;

/** The console page may load only its own script and styles, and talk only to its own relay. */
const CONSOLE_CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** What the HTTP side needs: where the built scripts are, and a health snapshot. */
export interface HttpDeps {
  distDir: string;
  health(): object;
}

async function sendScript(res: ServerResponse, path: string, crossOrigin: boolean): Promise<void> {
  try {
    const body = await readFile(path);
    res.writeHead(200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...(crossOrigin ? { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(503, { 'Content-Type': 'text/plain' });
    res.end(`${path} is missing: run "npm run build" first.`);
  }
}

/** Serves /widget.js (any origin may load it), /console.js, /agent, and /health. */
export function createHttpHandler(deps: HttpDeps) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://relay').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/widget.js') return void sendScript(res, join(deps.distDir, 'widget.js'), true);
    if (path === '/console.js') return void sendScript(res, join(deps.distDir, 'console.js'), false);
    if (path === '/agent' || path === '/agent/') {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
        // The sign-in token is in the URL: never send it on, never frame the page.
        'Referrer-Policy': 'no-referrer',
        'Content-Security-Policy': CONSOLE_CSP,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(CONSOLE_HTML);
      return;
    }
    if (path === '/health') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(deps.health()));
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found');
  };
}
