/** Runs `run` once `document.body` exists: at once, or on DOMContentLoaded for a script in `<head>`. */
export function whenBodyReady(run: () => void): void {
  if (document.body) run();
  else document.addEventListener('DOMContentLoaded', run, { once: true });
}
