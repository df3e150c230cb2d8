/** Appends a <style> with the given CSS to the document head and returns it. */
export function injectStyles(css: string, doc: Document = document): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.append(style);
  return style;
}
