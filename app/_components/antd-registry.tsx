'use client';
// Ant Design's style registry (what @ant-design/nextjs-registry does), plus the page's CSP nonce on the style
// tag it streams into the HTML, so the nonce Content-Security-Policy of proxy.ts accepts Ant Design's CSS-in-JS.
import { StyleProvider, createCache, extractStyle } from '@ant-design/cssinjs';
import { useServerInsertedHTML } from 'next/navigation';
import { useState } from 'react';

export function AntdRegistry({ nonce, children }: { nonce?: string; children: React.ReactNode }) {
  const [cache] = useState(() => createCache());
  useServerInsertedHTML(() => {
    const styleText = extractStyle(cache, { plain: true, once: true });
    if (styleText.includes('.data-ant-cssinjs-cache-path{content:"";}')) return null;
    // Inserted before the styles Ant Design adds in the browser, as the original registry does.
    return <style id="antd-cssinjs" nonce={nonce} data-rc-order="prepend" data-rc-priority="-1000" dangerouslySetInnerHTML={{ __html: styleText }} />;
  });
  return <StyleProvider cache={cache}>{children}</StyleProvider>;
}
