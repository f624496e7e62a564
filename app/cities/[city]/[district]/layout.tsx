import { resolvePlaceRoute } from '@/lib/places/route';
import { PlaceSuggestions } from '@/app/components/place-suggestions';

// Suggestions for an unknown district of a known city (the city's own layout covers unknown cities).
export default async function DistrictLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ city: string; district: string }>;
}) {
  const { city, district } = await params;
  const known = resolvePlaceRoute({ city }).kind === 'ok';
  return (
    <>
      {known && <PlaceSuggestions route={resolvePlaceRoute({ city, district })} />}
      {children}
    </>
  );
}
