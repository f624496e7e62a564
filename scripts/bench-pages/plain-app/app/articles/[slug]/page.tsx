import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPosts, placeOf } from '../../../content';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => getPosts().map((p) => ({ slug: p.slug }));

async function find({ params }: Props) {
  const { slug } = await params;
  return getPosts().find((p) => p.slug === slug) ?? notFound();
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const post = await find(props);
  return { title: post.title, description: post.summary };
}

export default async function ArticlePage(props: Props) {
  const post = await find(props);
  return (
    <article>
      <h1 className="text-2xl font-bold">{post.title}</h1>
      <p className="mt-2 text-sm text-gray-600">
        {post.authors.join('、')} · {placeOf(post)} · {post.date}
      </p>
      <div className="mt-6 space-y-2" dangerouslySetInnerHTML={{ __html: post.html }} />
    </article>
  );
}
