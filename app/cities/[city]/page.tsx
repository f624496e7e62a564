import { cities } from '@/lib/places/gazetteer';
import { CityView, cityMetadata } from './city-view';

type Params = Promise<{ city: string }>;

// All 11 cities exist at build time; any other slug is a 404 without rendering.
export const dynamicParams = false;
export const generateStaticParams = () => cities.map((c) => ({ city: c.slug }));

export async function generateMetadata({ params }: { params: Params }) {
  return cityMetadata((await params).city, 1);
}

export default async function CityPage({ params }: { params: Params }) {
  return <CityView slug={(await params).city} n={1} />;
}
