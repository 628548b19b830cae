import { useSyncExternalStore } from 'react';

/** Hash routes work the same from file:// (Electron) and from the web host. */
export type Route =
  | { screen: 'releases'; id?: string }
  | { screen: 'kits'; id?: string }
  | { screen: 'logos' }
  | { screen: 'contacts' }
  | { screen: 'organizations'; id?: string }
  | { screen: 'trash' }
  | { screen: 'settings' }
  | { screen: 'conflicts' };

export function parseRoute(hash: string): Route {
  const [screen, id] = hash.replace(/^#\/?/, '').split('/');
  switch (screen) {
    case 'kits':
      return id ? { screen, id } : { screen };
    case 'logos':
    case 'contacts':
    case 'trash':
    case 'settings':
    case 'conflicts':
      return { screen };
    case 'organizations':
      return id ? { screen, id } : { screen };
    default:
      return id ? { screen: 'releases', id } : { screen: 'releases' };
  }
}

export function href(route: Route): string {
  return `#/${route.screen}${'id' in route && route.id ? `/${route.id}` : ''}`;
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

function subscribe(l: () => void): () => void {
  window.addEventListener('hashchange', l);
  return () => window.removeEventListener('hashchange', l);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
