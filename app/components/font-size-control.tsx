'use client';

import { useId, useSyncExternalStore } from 'react';
import { FONT_SIZE_KEY, FONT_SIZES } from '../font-size-script';

type FontSize = (typeof FONT_SIZES)[number];

const LABELS: Record<FontSize, string> = { sm: '小', md: '中', lg: '大', xl: '特大' };

const isFontSize = (v: string | null | undefined): v is FontSize => FONT_SIZES.some((s) => s === v);

// The <html data-font-size> attribute is the single source of truth: the boot script in <head>
// (font-size-boot.tsx) sets it before the first paint, and every control on the page (and other tabs,
// through the storage event) follows it.
function subscribe(onChange: () => void) {
  restoreSaved();
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-font-size'] });
  const onStorage = (e: StorageEvent) => {
    if (e.key === FONT_SIZE_KEY && isFontSize(e.newValue)) document.documentElement.dataset.fontSize = e.newValue;
  };
  window.addEventListener('storage', onStorage);
  return () => {
    observer.disconnect();
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * Should a page ever be reached by client-side navigation, its boot script never ran (React does
 * not run scripts it inserts): apply the saved size here instead, once the control mounts.
 */
function restoreSaved() {
  if (document.documentElement.dataset.fontSize) return;
  try {
    const saved = localStorage.getItem(FONT_SIZE_KEY);
    if (isFontSize(saved)) document.documentElement.dataset.fontSize = saved;
  } catch {
    // Storage unavailable: the default size stays.
  }
}

function current(): FontSize {
  const v = document.documentElement.dataset.fontSize;
  return isFontSize(v) ? v : 'md';
}

function apply(size: FontSize) {
  document.documentElement.dataset.fontSize = size;
  try {
    localStorage.setItem(FONT_SIZE_KEY, size);
  } catch {
    // Storage can be unavailable (private mode, WebView settings); the size still applies to this page.
  }
}

/** 字号: 小 / 中 / 大 / 特大 for the article text. */
export function FontSizeControl() {
  const size = useSyncExternalStore(subscribe, current, () => 'md' as const);
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="tool-group">
      <span id={labelId} className="tool-label">
        字号
      </span>
      <div className="seg-buttons">
        {FONT_SIZES.map((s) => (
          <button key={s} type="button" aria-pressed={size === s} onClick={() => apply(s)} className="seg-button">
            {LABELS[s]}
          </button>
        ))}
      </div>
    </div>
  );
}
