import { fontSizeBootScript } from '../font-size-script';

/**
 * Applies the reader's saved 字号 (html[data-font-size]) before the first paint. It belongs in
 * <head>: `blocking="render"` holds the first paint until it has run, which browsers honour only
 * there, and as an async module it neither waits for the stylesheet nor stops the parser. A
 * classic inline script does both: in <head> it held up every page until the CSS had arrived,
 * and just before the article text the rest of the page could be parsed only after it.
 */
export function FontSizeBoot() {
  return <script type="module" async blocking="render" dangerouslySetInnerHTML={{ __html: fontSizeBootScript }} />;
}
