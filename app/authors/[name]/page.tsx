import { authors } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { AuthorView, authorMetadata } from './author-view';

type Params = Promise<{ name: string }>;

// Every author is generated at build time; resolveAuthor 404s any other name.
export const dynamicParams = false;
export const generateStaticParams = () => authors(loadContent()).map((name) => ({ name }));

export async function generateMetadata({ params }: { params: Params }) {
  return authorMetadata((await params).name, 1);
}

export default async function AuthorPage({ params }: { params: Params }) {
  return <AuthorView segment={(await params).name} n={1} />;
}
