import { fontSizeBootScript } from '../font-size-script';

/**
 * Applies the reader's saved 字号 (html[data-font-size]) before the text it scales is parsed, so
 * that text never paints at the default size first. It sits just before that text, not in <head>:
 * an inline script waits for the stylesheet, and from <head> it held up the parsing of every page
 * until the CSS had arrived (a slower first paint and more blocking time under Lighthouse).
 */
export function FontSizeBoot() {
  return <script dangerouslySetInnerHTML={{ __html: fontSizeBootScript }} />;
}
