/**
 * The deployment's settings for the task pane in Outlook, from `kuvert-host.json` next to
 * taskpane.html (an administrator writes it when deploying): the Entra application's client id
 * for nested app authentication, and the companion's address when it is not the default. Unknown
 * fields and wrong types are refused (the file is then ignored), so a typo never silently changes
 * where mail or PINs go.
 */
import type { KuvertHostConfig } from './start-taskpane.js';

declare global {
  interface Window {
    /** Settings a hosting page sets before the pane starts; they win over kuvert-host.json. */
    kuvertHost?: KuvertHostConfig;
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
/** The companion listens on the loopback interface only. */
const LOOPBACK = /^https:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$/u;

export function parseHostConfig(value: unknown): KuvertHostConfig | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).some((key) => key !== 'clientId' && key !== 'companionUrl' && key !== 'authority')) return undefined;
  const { clientId, companionUrl, authority } = record;
  if (authority !== undefined && (typeof authority !== 'string' || !/^https:\/\/login\.microsoftonline\.(?:com|us)\/[A-Za-z0-9.-]+$/u.test(authority))) return undefined;
  if (clientId !== undefined && (typeof clientId !== 'string' || !GUID.test(clientId))) return undefined;
  if (companionUrl !== undefined && companionUrl !== false && (typeof companionUrl !== 'string' || !LOOPBACK.test(companionUrl))) return undefined;
  return {
    ...(clientId === undefined ? {} : { clientId }),
    ...(companionUrl === undefined ? {} : { companionUrl }),
    ...(authority === undefined ? {} : { authority }),
  };
}

/** Reads kuvert-host.json next to the page; none, unreadable or invalid → the defaults. */
export async function loadHostConfig(doFetch: typeof fetch = (input, init) => fetch(input, init), base = globalThis.location?.href ?? 'https://localhost/'): Promise<KuvertHostConfig> {
  try {
    const response = await doFetch(new URL('kuvert-host.json', base).href, { cache: 'no-store', credentials: 'omit' });
    if (!response.ok) return {};
    return parseHostConfig(await response.json()) ?? {};
  } catch {
    return {};
  }
}

/**
 * A pane's entry in Outlook (taskpane.html, readpane.html): once Office.js is ready, starts the pane
 * in #root with kuvert-host.json's settings and any the page set in `window.kuvertHost`.
 */
export function startPaneWhenReady<O extends { onReady(callback: () => void): unknown }>(office: O, start: (root: HTMLElement, office: O, host: KuvertHostConfig) => void): void {
  office.onReady(() => {
    const root = document.getElementById('root');
    if (root === null) return;
    void loadHostConfig().then((config) => start(root, office, { ...config, ...window.kuvertHost }));
  });
}
