import { getPosts } from '../content';
import { PostList } from './post-list';

export default function Home() {
  return (
    <>
      <h1 className="mb-3 text-xl font-bold">最新文章</h1>
      <PostList posts={getPosts()} />
    </>
  );
}
