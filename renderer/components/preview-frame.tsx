import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewState } from '../lib/preview.js';

/** Print pages are about 816 px wide (Letter at 96 dpi; A4 is 794): shown whole, scaled to the panel. */
const PAGE_WIDTH = 840;

/** The print HTML in a sandbox with no scripts and no same-origin access. */
export function PreviewFrame({ state, title }: { state: PreviewState; title: string }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: PAGE_WIDTH, height: 600 });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    ro.observe(el);
    return () => ro.disconnect();
  }, [state.kind]);
  if (state.kind === 'error') return <div className="alert error">{state.message}</div>;
  if (state.kind === 'loading') return <p className="empty">{t('common.loading')}</p>;
  const scale = Math.min(1, size.width / PAGE_WIDTH);
  return (
    <div ref={box} className="preview-box">
      <iframe
        className="preview-frame"
        title={title}
        sandbox=""
        srcDoc={state.html}
        style={{ width: PAGE_WIDTH, height: size.height / scale, transform: `scale(${scale})`, transformOrigin: '0 0' }}
      />
    </div>
  );
}
