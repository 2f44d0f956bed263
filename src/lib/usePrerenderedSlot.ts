import {useEffect, useState} from 'react';

/**
 * For pages written after the build into a template page (thread and event
 * pages, see plugins/utils/pageTemplate.ts): the HTML the build put in the
 * slot `id`, read once before React takes over, and its heading. Reached by
 * client-side navigation, the slot is empty: the built page is loaded once;
 * still empty after that, `needsBuild` is true (the development server
 * writes no such pages).
 */
export function usePrerenderedSlot(id: string): {html: string; title: string; needsBuild: boolean} {
  const [html] = useState(() => (typeof document === 'undefined' ? '' : (document.getElementById(id)?.innerHTML ?? '')));
  const [title] = useState(() => (typeof document === 'undefined' ? '' : (document.querySelector(`#${id} h1`)?.textContent ?? '')));
  const [needsBuild, setNeedsBuild] = useState(false);
  useEffect(() => {
    if (html !== '') return;
    const key = `${id}-reload:${window.location.pathname}`;
    if (sessionStorage.getItem(key)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setNeedsBuild(true);
    } else {
      sessionStorage.setItem(key, '1');
      window.location.reload();
    }
  }, [html, id]);
  return {html, title, needsBuild};
}
