import { escapeControl } from '../../../lib/content/control';

const BOLD_YELLOW = '\u001b[1;33m';
const RESET = '\u001b[0m';

/**
 * Snippet HTML → terminal text, matches in bold yellow. Control characters from the article are
 * escaped first, so the only escape sequences printed are our own.
 */
export function snippetForTerminal(html: string): string {
  return escapeControl(html)
    .replace(/<mark>/g, BOLD_YELLOW)
    .replace(/<\/mark>/g, RESET)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
