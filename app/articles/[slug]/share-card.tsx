import { ImageResponse } from 'next/og';
import { getArticle, getSeries } from '@/lib/content/catalog';
import { loadContent } from '@/lib/content/load';
import { shareImageAlt } from '@/lib/seo/article-meta';
import { SHARE_IMAGE_ID, SHARE_IMAGE_SIZE } from '@/lib/seo/urls';
import { CARD, cardFonts, shareCard, type ShareCard } from '@/lib/share/card';
import { loadShareFonts, type LoadedShareFonts } from '@/lib/share/fonts';
import { opensWithMark } from '@/lib/share/wrap';

const BRAND = '#b3261e';

/**
 * The 1200×630 share image, drawn by next/og (satori): flexbox only, and every line of the
 * headline is already decided by lib/share, so nothing here wraps.
 */
export function ShareCardImage({ card, stacks }: { card: ShareCard; stacks: LoadedShareFonts['stacks'] }) {
  const serif = stacks['Noto Serif SC'];
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#fffdf8',
        borderTop: `14px solid ${BRAND}`,
        padding: `44px ${CARD.padX}px 48px`,
        fontFamily: stacks['Noto Sans SC'],
        color: '#1f2937',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', fontFamily: serif, fontWeight: 700, fontSize: 40, color: BRAND, letterSpacing: 4 }}>
          {card.siteName}
        </div>
        <div style={{ display: 'flex', fontSize: 26, color: '#6b7280' }}>{card.host}</div>
      </div>

      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 }}>
        {card.kicker && (
          <div style={{ display: 'flex', alignItems: 'center', fontSize: 30, color: BRAND, marginBottom: 18 }}>
            <div style={{ display: 'flex', width: 8, height: 30, background: BRAND, marginRight: 14 }} />
            {card.kicker}
          </div>
        )}
        {card.titleLines.map((line, i) => (
          <div
            key={i}
            style={{
              display: 'flex',
              whiteSpace: 'nowrap',
              fontFamily: serif,
              fontWeight: 700,
              fontSize: card.titleSize,
              lineHeight: 1.28,
              color: '#111827',
              // Hang an opening quote into the margin so the line's text aligns with the others.
              marginLeft: opensWithMark(line) ? -card.titleSize * 0.5 : 0,
            }}
          >
            {line}
          </div>
        ))}
      </div>

      <div style={{ display: 'flex', flexDirection: 'column', borderTop: '2px solid #e5e7eb', paddingTop: 22 }}>
        <div style={{ display: 'flex', fontSize: 32, color: '#1f2937' }}>
          {card.place}
          {card.date && <span style={{ color: '#9ca3af', margin: '0 14px' }}>·</span>}
          {card.date}
        </div>
        <div style={{ display: 'flex', fontSize: 24, color: '#6b7280', marginTop: 6 }}>{card.source}</div>
      </div>
    </div>
  );
}

type ImageParams = { params: { slug: string } };

/** One image per article, with alt text naming what it shows (shared by Open Graph and Twitter). */
export function shareImageMetadata({ params }: ImageParams) {
  const article = getArticle(loadContent(), params.slug);
  if (!article) return [];
  return [{ id: SHARE_IMAGE_ID, alt: shareImageAlt(article), size: SHARE_IMAGE_SIZE, contentType: 'image/png' }];
}

export async function renderShareImage(slug: string): Promise<Response> {
  const content = loadContent();
  const article = getArticle(content, slug);
  if (!article) return new Response('Not found', { status: 404 });
  return cardImage(shareCard(article, article.series ? getSeries(content, article.series) : undefined));
}

/** Any share card as a PNG response, with only the font subsets its text needs. */
export async function cardImage(card: ShareCard): Promise<Response> {
  const { fonts, stacks } = await loadShareFonts(cardFonts(card));
  return new ImageResponse(<ShareCardImage card={card} stacks={stacks} />, { ...SHARE_IMAGE_SIZE, fonts });
}
