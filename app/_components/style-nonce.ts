// The CSP nonce of the document, for the style tags scripts add in the browser. Ant Design's helpers that
// lock page scrolling under a drawer or modal, or measure scrollbars, add <style> tags with no way to pass a
// nonce: every <style> our scripts create gets the document's nonce (only scripts with the nonce run at all;
// injected markup still cannot add a style tag).

/** The nonce the document was served with (Next.js' own script tags carry it); the same for the whole visit. */
export function documentNonce(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;
}

const nonce = documentNonce();
if (nonce) {
  const create = document.createElement.bind(document);
  document.createElement = ((tagName: string, options?: ElementCreationOptions) => {
    const element = create(tagName, options);
    if (tagName.toLowerCase() === 'style') (element as HTMLStyleElement).nonce = nonce;
    return element;
  }) as typeof document.createElement;
}
