import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * Reads the articles the way a plain Next.js blog does: every Markdown file, gray-matter for the
 * front matter, remark for the body. No cache, no validation; it runs only at build time.
 */
export type Post = {
  slug: string;
  title: string;
  date: string;
  order: number;
  summary: string;
  authors: string[];
  locations: { city: string; district?: string }[];
  html: string;
};

// The city pages use the site's slugs, so both apps answer the same URLs.
export const CITY_SLUGS: Record<string, string> = {
  杭州市: 'hangzhou',
  宁波市: 'ningbo',
  温州市: 'wenzhou',
  嘉兴市: 'jiaxing',
  湖州市: 'huzhou',
  绍兴市: 'shaoxing',
  金华市: 'jinhua',
  衢州市: 'quzhou',
  舟山市: 'zhoushan',
  台州市: 'taizhou',
  丽水市: 'lishui',
};

function contentDir(): string {
  // One env setting, read once: Turbopack traces what a computed path could reach.
  const dir = process.env.CONTENT_DIR;
  if (!dir) throw new Error('CONTENT_DIR: 未设置：请指向文章目录（如仓库的 content/）');
  return dir;
}

function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !path.relative(dir, file).startsWith(`series${path.sep}`));
}

let posts: Post[] | undefined;

export function getPosts(): Post[] {
  posts ??= markdownFiles(contentDir())
    .map((file) => {
      const { data, content } = matter(fs.readFileSync(file, 'utf8'));
      const html = String(unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).processSync(content));
      return { ...(data as Omit<Post, 'html'>), html };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.order - b.order);
  return posts;
}

export const citiesOf = (post: Post) => post.locations.map((l) => l.city);
export const placeOf = (post: Post) => post.locations.map((l) => l.district ?? l.city).join('、');
