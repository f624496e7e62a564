import { resolvePlaceRoute } from '@/lib/places/route';
import { PlaceSuggestions } from '@/app/components/place-suggestions';

// Suggestions for an unknown city sit here because the layout sees the URL and not-found.tsx does not.
export default async function CityLayout({ children, params }: { children: React.ReactNode; params: Promise<{ city: string }> }) {
  return (
    <>
      <PlaceSuggestions route={resolvePlaceRoute({ city: (await params).city })} />
      {children}
    </>
  );
}
