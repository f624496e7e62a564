import Link from 'next/link';
import { placeOf, type Post } from '../content';

export function PostList({ posts }: { posts: Post[] }) {
  return (
    <ul className="space-y-8">
      {posts.map((p) => (
        <li key={p.slug}>
          <Link href={`/articles/${p.slug}`} className="text-lg font-bold underline">
            {p.title}
          </Link>
          <p className="text-sm text-gray-600">
            {p.authors.join('、')} · {placeOf(p)} · {p.date}
          </p>
          <p className="mt-1">{p.summary}</p>
        </li>
      ))}
    </ul>
  );
}
