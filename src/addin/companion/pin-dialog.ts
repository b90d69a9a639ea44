/**
 * Opens the companion's PIN page as an Office dialog (`Office.context.ui.displayDialogAsync`,
 * DialogApi 1.1). The page is served by the companion from its own origin, so the PIN is typed
 * there and the add-in never sees it; the add-in only polls whether the login finished. The
 * companion's origin must be listed in the manifest's AppDomains or Office refuses (12004).
 */
import { AddinError } from '../errors.js';
import type { OfficeAsyncResult } from '../office/types.js';

export interface OfficeDialog {
  close(): void;
  addEventHandler(eventType: string, handler: (arg: { error?: number; message?: string }) => void): void;
}

export interface DialogHost {
  readonly context: {
    readonly ui?: {
      displayDialogAsync(url: string, options: { height: number; width: number; displayInIframe?: boolean; promptBeforeOpen?: boolean }, callback: (result: OfficeAsyncResult<OfficeDialog>) => void): void;
    };
  };
}

/** Office.EventType.DialogEventReceived: the user closed the dialog (12006) or it failed to load. */
export const DIALOG_EVENT_RECEIVED = 'dialogEventReceived';

export interface OpenDialog {
  close(): void;
  /** Resolves when the user closes the dialog (or it fails); never rejects. */
  readonly closedByUser: Promise<void>;
}

export function openPinDialog(office: DialogHost, url: string): Promise<OpenDialog> {
  const ui = office.context.ui;
  if (ui === undefined) return Promise.reject(new AddinError('PIN_DIALOG_FAILED', 'this Office has no dialog API'));
  return new Promise((resolve, reject) => {
    try {
      ui.displayDialogAsync(url, { height: 45, width: 30, promptBeforeOpen: false }, (result) => {
        if (result.status !== 'succeeded') return reject(new AddinError('PIN_DIALOG_FAILED', `displayDialogAsync: ${result.error?.code ?? result.error?.name ?? 'failed'}`));
        const dialog = result.value;
        let closed = false;
        const closedByUser = new Promise<void>((done) => {
          dialog.addEventHandler(DIALOG_EVENT_RECEIVED, () => {
            closed = true;
            done();
          });
        });
        resolve({
          closedByUser,
          close: () => {
            if (closed) return;
            closed = true;
            try {
              dialog.close();
            } catch {
              // already gone
            }
          },
        });
      });
    } catch (error) {
      reject(new AddinError('PIN_DIALOG_FAILED', 'displayDialogAsync threw', { cause: error }));
    }
  });
}
