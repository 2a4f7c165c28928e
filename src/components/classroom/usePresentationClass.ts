import { useEffect } from 'react';
import { useStore } from '../../store';

/** Puts `presenting` on <html> so every panel's CSS variables (type size, line widths, contrast) scale. */
export function usePresentationClass(): void {
  const on = useStore((s) => s.presentation);
  useEffect(() => {
    document.documentElement.classList.toggle('presenting', on);
    return () => document.documentElement.classList.remove('presenting');
  }, [on]);
}
