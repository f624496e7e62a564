import { ImageResponse } from 'next/og';
import { PUBLISHER_LOGO } from '@/lib/seo/urls';
import { loadShareFonts } from '@/lib/share/fonts';
import { SITE_NAME } from '@/lib/site/config';

// The publisher logo named in every article's structured data. It lives here (a dotted path no
// article slug can take) until the site has a logo of its own; then point PUBLISHER_LOGO at it.
export const dynamic = 'force-static';

export async function GET() {
  const { fonts, stacks } = await loadShareFonts([{ family: 'Noto Serif SC', weight: 700, text: SITE_NAME }]);
  return new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', background: '#ffffff' }}>
      <div style={{ display: 'flex', width: 10, height: 44, background: '#b3261e', marginRight: 16 }} />
      <div
        style={{
          display: 'flex',
          fontFamily: stacks['Noto Serif SC'],
          fontWeight: 700,
          fontSize: 44,
          color: '#b3261e',
          letterSpacing: 6,
        }}
      >
        {SITE_NAME}
      </div>
    </div>,
    { width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height, fonts },
  );
}
