/**
 * The raw MIME of the message open in read mode. First `item.getAsFileAsync` (Mailbox 1.14: the
 * .eml as base64), else Microsoft Graph `GET /me/messages/{id}/$value` with the item id converted
 * by `convertToRestId` (REST v2.0 ids are Graph ids). Nothing read here is stored anywhere.
 */
import { decodeBase64 } from '../../core/base64.js';
import { AddinError } from '../errors.js';
import { GRAPH_BASE_URL, graphErrorCode, type TokenSource } from './graph-mail.js';
import { officeCall } from './office-call.js';
import type { OfficeCallback } from './types.js';

export const MAIL_READ_SCOPES = ['Mail.Read'] as const;
export const MAIL_MOVE_SCOPES = ['Mail.ReadWrite'] as const;
/** Office.MailboxEnums.RestVersion.v2_0 */
export const REST_VERSION_2 = 'v2.0';

/** A message in read mode, as far as Kuvert reads it. */
export interface ReadItem {
  readonly itemId?: string;
  readonly internetMessageId?: string;
  readonly subject?: string;
  readonly dateTimeCreated?: Date;
  readonly from?: { readonly emailAddress: string; readonly displayName?: string };
  /** Mailbox 1.14. */
  getAsFileAsync?(callback: OfficeCallback<string>): void;
  /** Mailbox 1.1 (read mode): Outlook's own reply forms. */
  displayReplyForm?(formData: string | { htmlBody?: string }): void;
  displayReplyAllForm?(formData: string | { htmlBody?: string }): void;
}

export interface ReadMailbox {
  readonly item: ReadItem | null | undefined;
  convertToRestId?(itemId: string, restVersion: string): string;
}

export interface GraphReadOptions {
  readonly tokens: TokenSource;
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
}

export type MessageSourceRoute = 'office' | 'graph';

export interface RawMessage {
  readonly mime: Uint8Array;
  readonly route: MessageSourceRoute;
}

/** The Graph id of the open item (converted from the EWS id Office gives). */
export function graphMessageId(mailbox: ReadMailbox): string {
  const itemId = mailbox.item?.itemId;
  if (itemId === undefined || itemId === '') throw new AddinError('MESSAGE_UNAVAILABLE', 'the item has no id (not saved?)');
  return mailbox.convertToRestId ? mailbox.convertToRestId(itemId, REST_VERSION_2) : itemId;
}

export async function readRawMessage(mailbox: ReadMailbox, graph: GraphReadOptions | undefined): Promise<RawMessage> {
  const item = mailbox.item;
  if (!item) throw new AddinError('OFFICE_UNAVAILABLE', 'no message is open');
  let officeError: unknown;
  if (typeof item.getAsFileAsync === 'function') {
    try {
      const base64 = await officeCall<string>('getAsFileAsync', (callback) => item.getAsFileAsync?.(callback));
      const mime = decodeBase64(base64);
      if (mime.length > 0) return { mime, route: 'office' };
    } catch (error) {
      officeError = error;
    }
  }
  if (graph === undefined) throw new AddinError('MESSAGE_UNAVAILABLE', 'getAsFileAsync is unavailable and Graph is not configured', { cause: officeError });
  return { mime: await graphMessageMime(graphMessageId(mailbox), graph), route: 'graph' };
}

export async function graphMessageMime(id: string, graph: GraphReadOptions): Promise<Uint8Array> {
  const doFetch = graph.fetch ?? ((input, init) => fetch(input, init));
  const token = await graph.tokens.token(MAIL_READ_SCOPES);
  let response: Response;
  try {
    response = await doFetch(`${graph.baseUrl ?? GRAPH_BASE_URL}/me/messages/${encodeURIComponent(id)}/$value`, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch (error) {
    throw new AddinError('MESSAGE_UNAVAILABLE', 'Graph: network error', { cause: error });
  }
  if (response.status !== 200) throw new AddinError('MESSAGE_UNAVAILABLE', `Graph: HTTP ${response.status} ${await graphErrorCode(response)}`);
  const mime = new Uint8Array(await response.arrayBuffer());
  if (mime.length === 0) throw new AddinError('MESSAGE_UNAVAILABLE', 'Graph returned an empty message');
  return mime;
}

/** Moves the message to Deleted Items (`POST /me/messages/{id}/move`, destinationId "deleteditems"). */
export async function moveToDeletedItems(id: string, graph: GraphReadOptions): Promise<void> {
  const doFetch = graph.fetch ?? ((input, init) => fetch(input, init));
  const token = await graph.tokens.token(MAIL_MOVE_SCOPES);
  let response: Response;
  try {
    response = await doFetch(`${graph.baseUrl ?? GRAPH_BASE_URL}/me/messages/${encodeURIComponent(id)}/move`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ destinationId: 'deleteditems' }),
    });
  } catch (error) {
    throw new AddinError('GRAPH_DELETE_FAILED', 'network error', { cause: error });
  }
  if (response.status !== 201 && response.status !== 200) throw new AddinError('GRAPH_DELETE_FAILED', `HTTP ${response.status} ${await graphErrorCode(response)}`);
}
