import { cities } from '@/lib/places/gazetteer';
import { CityView, cityMetadata } from './city-view';

type Params = Promise<{ city: string }>;

// All 11 cities exist at build time. Other segments are rendered on request: another spelling of
// a city (杭州, Hangzhou) redirects to it; an unknown name is a 404 that suggests the closest city.
export const dynamicParams = true;
export const generateStaticParams = () => cities.map((c) => ({ city: c.slug }));

export async function generateMetadata({ params }: { params: Params }) {
  return cityMetadata((await params).city, 1);
}

export default async function CityPage({ params }: { params: Params }) {
  return <CityView slug={(await params).city} n={1} />;
}
