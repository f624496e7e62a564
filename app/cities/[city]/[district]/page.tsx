import { articlesInDistrict } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { districtRouteParams } from '@/lib/places/gazetteer';
import { DistrictView, districtMetadata } from './district-view';

type Params = Promise<{ city: string; district: string }>;

// Districts with articles are generated at build time. The other ~80 districts of the gazetteer
// are real (empty) pages rendered on first request; resolveDistrict 404s anything not in it.
export const dynamicParams = true;
export function generateStaticParams() {
  const content = loadContent();
  return districtRouteParams().filter((p) => articlesInDistrict(content, p.city, p.district).length > 0);
}

export async function generateMetadata({ params }: { params: Params }) {
  const { city, district } = await params;
  return districtMetadata(city, district, 1);
}

export default async function DistrictPage({ params }: { params: Params }) {
  const { city, district } = await params;
  return <DistrictView citySlug={city} districtSlug={district} n={1} />;
}
