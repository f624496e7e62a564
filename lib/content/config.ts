import path from 'node:path';

/**
 * The one place the content folder is decided. A fixed path.join(process.cwd(), 'content') keeps
 * Turbopack from tracing the whole project; CONTENT_DIR points a build at a synthetic archive.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR
  ? path.resolve(process.env.CONTENT_DIR)
  : path.join(process.cwd(), 'content');
