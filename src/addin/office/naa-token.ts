/**
 * Graph tokens by nested app authentication (NAA): MSAL's nestable client asks Outlook, the host,
 * for a token; silent first, a popup when consent or sign-in is needed. Needs the NestedAppAuth 1.1
 * requirement set and an Entra app with the SPA redirect `brk-multihub://<origin>`.
 * msal-browser is loaded lazily, so it stays out of the task pane's first bundle.
 */
import type { IPublicClientApplication } from '@azure/msal-browser';
import { AddinError } from '../errors.js';
import type { TokenSource } from './graph-mail.js';

export interface NaaConfig {
  /** The Entra application (client) id. */
  readonly clientId: string;
  /** Default "https://login.microsoftonline.com/common". */
  readonly authority?: string;
}

export function naaTokenSource(config: NaaConfig): TokenSource {
  let client: Promise<IPublicClientApplication> | undefined;
  return {
    async token(scopes) {
      try {
        client ??= import('@azure/msal-browser').then((msal) =>
          msal.createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority ?? 'https://login.microsoftonline.com/common' } }),
        );
        const app = await client;
        const request = { scopes: [...scopes] };
        try {
          return (await app.acquireTokenSilent(request)).accessToken;
        } catch {
          return (await app.acquireTokenPopup(request)).accessToken;
        }
      } catch (error) {
        throw new AddinError('GRAPH_AUTH_FAILED', undefined, { cause: error });
      }
    },
  };
}
