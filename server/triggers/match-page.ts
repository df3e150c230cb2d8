/** Whether a page URL's path matches a pattern: a path prefix ("/checkout") or a glob with * ("/products/*\/buy"). */
export function matchPage(url: string | undefined, pattern: string): boolean {
  if (!url) return false;
  let path: string;
  try {
    path = new URL(url, 'http://page.invalid').pathname;
  } catch {
    return false;
  }
  if (!pattern.includes('*')) return path === pattern || path.startsWith(pattern.endsWith('/') ? pattern : `${pattern}/`) || path.startsWith(pattern);
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}`);
  return re.test(path);
}
