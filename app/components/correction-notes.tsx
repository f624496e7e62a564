import type { Correction } from '@/lib/content/schema';
import { correctionText, splitCorrections } from '@/lib/seo/corrections';

const box = 'mt-8 rounded-md px-4 py-3 text-sm';

function Items({ list }: { list: readonly Correction[] }) {
  return (
    <ul className="mt-1 list-disc space-y-1 pl-5">
      {list.map(correctionText).map(({ change, note }, i) => (
        <li key={i}>
          {change}
          {note && <span className="muted">（{note}）</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * The end notes of an article: real corrections of what was printed (更正), then this site's
 * digitisation proofreading (数字化校对说明), which fixed only how the OCR read the page.
 */
export function CorrectionNotes({ corrections }: { corrections: readonly Correction[] }) {
  const { errata, proofreading } = splitCorrections(corrections);
  return (
    <>
      {errata.length > 0 && (
        <section
          aria-labelledby="errata-heading"
          className={`${box} bg-amber-50 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100`}
        >
          <h2 id="errata-heading" className="font-bold">
            更正
          </h2>
          <Items list={errata} />
        </section>
      )}
      {proofreading.length > 0 && (
        <section
          aria-labelledby="proofreading-heading"
          className={`${box} bg-gray-50 text-gray-800 dark:bg-gray-800 dark:text-gray-200`}
        >
          <h2 id="proofreading-heading" className="font-bold">
            数字化校对说明
          </h2>
          <p className="mt-1">
            本文据报纸版面的识别（OCR）文字整理。下列是本站校对时改正的识别错误，并非原报差错；除此之外，正文与原报刊印一致。
          </p>
          <Items list={proofreading} />
        </section>
      )}
    </>
  );
}
