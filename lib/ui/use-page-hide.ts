import { useEffect } from 'preact/hooks';

/**
 * Run `fn` when the page is hidden or unloads. The toolbar popup closes the
 * moment it loses focus, so this is the last chance to save a draft.
 */
export function usePageHide(fn: () => void): void {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') fn();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', fn);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', fn);
    };
  }, [fn]);
}
