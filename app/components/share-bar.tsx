'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { cleanShareUrl } from '@/lib/share/clean-url';

type Status = 'idle' | 'copied' | 'manual';

const noSubscribe = () => () => {};
// Read after hydration only: the server cannot know, and guessing would flash a dead button.
const hasNativeShare = () => typeof navigator.share === 'function';

const buttonClass = 'tool-button';

/** Old WebViews (WeChat's among them) lack the Clipboard API but still honour a copy command on a selection. */
function copyFromSelection(input: HTMLInputElement): boolean {
  input.focus();
  input.select();
  input.setSelectionRange(0, input.value.length);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * The page the reader is on, as they would share it: whatever host served it (a deployment without
 * SITE_URL, a proxy), minus the tracking parameters WeChat and campaigns append.
 */
const pageUrl = () => cleanShareUrl(window.location.href);

/** 复制链接 and, where the browser has one, its own 分享 sheet. */
export function ShareBar({ title, text }: { title: string; text: string }) {
  const canShare = useSyncExternalStore(noSubscribe, hasNativeShare, () => false);
  const [status, setStatus] = useState<Status>('idle');
  const [url, setUrl] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status === 'copied') {
      const t = window.setTimeout(() => setStatus('idle'), 2500);
      return () => window.clearTimeout(t);
    }
    // The fallback field has just been shown: select it so one long-press or Ctrl+C copies it.
    if (status === 'manual' && inputRef.current) {
      if (copyFromSelection(inputRef.current)) setStatus('copied');
    }
  }, [status]);

  async function copy() {
    const href = pageUrl();
    setUrl(href);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setStatus('copied');
    } catch {
      // Missing API, insecure context or permission refused: fall back to a selected field.
      setStatus('manual');
    }
  }

  async function share() {
    try {
      await navigator.share({ title, text, url: pageUrl() });
    } catch {
      // Closing the share sheet rejects too; nothing to report.
    }
  }

  return (
    <div className="tool-group flex-wrap">
      <button type="button" onClick={copy} className={buttonClass}>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
          {status === 'copied' ? (
            <path d="M4 10.5l4 4 8-9" strokeLinecap="round" strokeLinejoin="round" />
          ) : (
            <path
              d="M8.5 11.5a3.5 3.5 0 005 0l2.5-2.5a3.5 3.5 0 00-5-5l-1 1M11.5 8.5a3.5 3.5 0 00-5 0L4 11a3.5 3.5 0 005 5l1-1"
              strokeLinecap="round"
            />
          )}
        </svg>
        {status === 'copied' ? '已复制' : '复制链接'}
      </button>
      {canShare && (
        <button type="button" onClick={share} className={buttonClass}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
            <path d="M10 13V3M6 7l4-4 4 4M4 11v5h12v-5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          分享
        </button>
      )}
      <span aria-live="polite" className="sr-only">
        {status === 'copied' ? '链接已复制' : status === 'manual' ? '无法自动复制，链接已选中，请手动复制' : ''}
      </span>
      {status === 'manual' && (
        <label className="flex w-full flex-col gap-1 text-sm text-gray-700 dark:text-gray-300">
          长按或按 Ctrl+C 复制本文链接：
          <input
            ref={inputRef}
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-base text-gray-900 dark:border-gray-600 dark:bg-gray-800 dark:text-gray-100"
          />
        </label>
      )}
    </div>
  );
}
