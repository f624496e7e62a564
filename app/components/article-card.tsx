'use client';

import type { Card } from '@/lib/site/card';
import { articleUrl } from '@/lib/site/routes';
import { ArticleMeta } from './article-meta';

// A client component only so that its cards reach the browser as data (lib/site/card.ts): it has
// no state and no effects, and renders the same markup on the server.

export type CardOptions = { headingLevel?: 2 | 3 };

function ArticleCard({ card, headingLevel = 3 }: CardOptions & { card: Card }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card">
      <Heading className="card-title">
        <a href={articleUrl(card.slug)} className="hover-brand">
          {card.title}
        </a>
      </Heading>
      <p className="card-summary">{card.summary}</p>
      <ArticleMeta byline={card} />
    </article>
  );
}

export function ArticleCards({ cards, headingLevel }: CardOptions & { cards: readonly Card[] }) {
  return (
    <div>
      {cards.map((card) => (
        <ArticleCard key={card.slug} card={card} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
