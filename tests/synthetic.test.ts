import { toSearchDocument } from '../lib/search/document';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load';
import { validateContent } from '../lib/content/validate';
import { cities } from '../lib/places/gazetteer';
import {
  articlePath,
  generateArticles,
  mulberry32,
  serializeArticle,
  sourceFromArticles,
} from '../scripts/lib/synthetic/generate';

const source = sourceFromArticles(loadContent().articles);

describe('synthetic archive generator', () => {
  it('draws its text from the real content', () => {
    expect(source.paragraphs.length).toBeGreaterThan(10);
    expect(source.titles.length).toBeGreaterThan(5);
    expect(source.authors.length).toBeGreaterThan(3);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateArticles({ source, cities, count: 200, seed: 1 });
    const b = generateArticles({ source, cities, count: 200, seed: 1 });
    const c = generateArticles({ source, cities, count: 200, seed: 2 });
    expect(a).toEqual(b);
    expect(a.map((x) => x.text)).not.toEqual(c.map((x) => x.text));
    expect(mulberry32(5)()).toBe(mulberry32(5)());
  });

  it('produces plausible, unique articles', () => {
    const arts = generateArticles({ source, cities, count: 2000, seed: 7 });
    expect(arts).toHaveLength(2000);
    expect(new Set(arts.map((a) => a.slug)).size).toBe(2000);
    expect(new Set(arts.map((a) => a.text)).size).toBe(2000);
    expect(new Set(arts.map((a) => `${a.date}|${a.title}`)).size).toBe(2000);
    for (const a of arts) {
      const len = Array.from(a.text.replace(/\n/g, '')).length;
      expect(len).toBeGreaterThanOrEqual(800);
      expect(len).toBeLessThanOrEqual(1500);
      expect(a.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(a.authors.length).toBeGreaterThanOrEqual(1);
      expect(a.authors.length).toBeLessThanOrEqual(2);
      expect(a.locations.length).toBeGreaterThanOrEqual(1);
      expect(a.locations.length).toBeLessThanOrEqual(2);
      for (const l of a.locations) {
        const city = cities.find((c) => c.slug === l.citySlug);
        expect(city?.name).toBe(l.city);
        if (l.districtSlug) expect(city?.districts.some((d) => d.slug === l.districtSlug && d.name === l.district)).toBe(true);
      }
      // every body paragraph is a real paragraph (or a real paragraph cut at a sentence end)
      for (const p of a.paragraphs) {
        expect(source.paragraphs.some((q) => q === p || q.startsWith(p.replace(/。$/, '')))).toBe(true);
      }
      expect(a.summary.length).toBeGreaterThan(0);
    }
    // dates spread over ~10 years, newest last
    const dates = arts.map((a) => a.date);
    expect([...dates].sort()).toEqual(dates);
    expect(Number(dates[dates.length - 1].slice(0, 4)) - Number(dates[0].slice(0, 4))).toBeGreaterThanOrEqual(9);
  });

  it('serializes to Markdown that the content loader accepts unchanged', () => {
    const arts = generateArticles({ source, cities, count: 60, seed: 3 });
    const files = arts.map((a) => ({ file: articlePath(a), source: serializeArticle(a) }));
    const { articles, problems } = validateContent(files);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(60);
    for (const a of arts) {
      const parsed = articles.find((x) => x.slug === a.slug);
      expect(parsed).toBeDefined();
      expect(parsed?.title).toBe(a.title);
      expect(parsed?.text).toBe(a.text);
      expect(parsed?.summary).toBe(a.summary);
      expect(parsed?.authors).toEqual(a.authors);
      expect(parsed?.date).toBe(a.date);
      expect(parsed?.locations.map((l) => l.code)).toEqual(a.locations.map((l) => l.code));
    }
    expect(articlePath(arts[0])).toMatch(/^\d{4}\/\d{2}\/\d{2}\/syn-\d{6}-[a-z]+\.md$/);
  });

  it('converts to search documents with resolved places', () => {
    const [a] = generateArticles({ source, cities, count: 1, seed: 9 });
    const d = toSearchDocument(a);
    expect(d.id).toBe(a.slug);
    expect(d.places[0].citySlug).toBe(a.locations[0].citySlug);
    expect(d.text).toBe(a.text);
  });

  it('varies the text: real sentences recombined and mutated, so that phrases are mostly rare', () => {
    const varied = generateArticles({ source, cities, count: 1000, seed: 5, text: 'varied' });
    expect(varied).toEqual(generateArticles({ source, cities, count: 1000, seed: 5, text: 'varied' }));
    expect(new Set(varied.map((a) => a.text)).size).toBe(1000);
    for (const a of varied) {
      const len = Array.from(a.text.replace(/\n/g, '')).length;
      expect(len).toBeGreaterThanOrEqual(800);
      expect(len).toBeLessThanOrEqual(1500);
      expect(a.text).toBe(a.paragraphs.join('\n\n'));
    }
    // Share of articles that contain a 4-character piece of another article, on average.
    const share = (arts: { text: string }[]) => {
      const rand = mulberry32(11);
      let total = 0;
      for (let q = 0; q < 100; q++) {
        const chars = Array.from(arts[Math.floor(rand() * arts.length)].text.replace(/[^\p{Script=Han}]/gu, ''));
        const at = Math.floor(rand() * (chars.length - 4));
        const word = chars.slice(at, at + 4).join('');
        total += arts.filter((a) => a.text.includes(word)).length / arts.length;
      }
      return total / 100;
    };
    const recombined = generateArticles({ source, cities, count: 1000, seed: 5 });
    expect(share(recombined)).toBeGreaterThan(0.1);
    expect(share(varied)).toBeLessThan(0.05);
  });
});
