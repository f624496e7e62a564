import { notFound } from 'next/navigation';
import { CITY_SLUGS, citiesOf, getPosts } from '../../../content';
import { PostList } from '../../post-list';

type Props = { params: Promise<{ city: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => [...new Set(getPosts().flatMap(citiesOf))].map((name) => ({ city: CITY_SLUGS[name] }));

export default async function CityPage({ params }: Props) {
  const slug = (await params).city;
  const name = Object.keys(CITY_SLUGS).find((n) => CITY_SLUGS[n] === slug);
  if (!name) notFound();
  return (
    <>
      <h1 className="mb-3 text-xl font-bold">{name}</h1>
      <PostList posts={getPosts().filter((p) => citiesOf(p).includes(name))} />
    </>
  );
}
