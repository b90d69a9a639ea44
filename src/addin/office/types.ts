import type { RoamingSettings } from './policy-roaming.js';

/**
 * The few Office.js shapes Kuvert uses, written out so the adapters depend on what they call and
 * nothing else (tests hand in office-addin-mock objects; the playground an emulated mailbox).
 * Names and values follow Office.js (Mailbox 1.8+).
 */
export interface OfficeAsyncError {
  readonly name?: string;
  readonly message?: string;
  readonly code?: number;
}

export interface OfficeAsyncResult<T> {
  /** "succeeded" | "failed" (Office.AsyncResultStatus). */
  readonly status: string;
  readonly value: T;
  readonly error?: OfficeAsyncError;
}

export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

export interface OfficeEmailAddress {
  readonly emailAddress: string;
  readonly displayName?: string;
}

export interface OfficeAttachmentDetails {
  readonly id: string;
  readonly name: string;
  readonly contentType?: string;
  readonly size: number;
  readonly isInline?: boolean;
  /** "file" | "item" | "cloud" (Office.MailboxEnums.AttachmentType). */
  readonly attachmentType?: string;
}

export interface OfficeAttachmentContent {
  /** "base64" | "url" | "eml" | "iCalendar" (Office.MailboxEnums.AttachmentContentFormat). */
  readonly format: string;
  readonly content: string;
}

export interface OfficeRecipients {
  getAsync(callback: OfficeCallback<OfficeEmailAddress[]>): void;
}

/** A message in compose mode, as far as Kuvert reads it. */
export interface ComposeItem {
  readonly subject: { getAsync(callback: OfficeCallback<string>): void };
  readonly body: { getAsync(coercionType: string, callback: OfficeCallback<string>): void };
  readonly to: OfficeRecipients;
  readonly cc: OfficeRecipients;
  readonly bcc: OfficeRecipients;
  getAttachmentsAsync(callback: OfficeCallback<OfficeAttachmentDetails[]>): void;
  getAttachmentContentAsync(id: string, callback: OfficeCallback<OfficeAttachmentContent>): void;
}

/** What the Smart Alerts event's completed() accepts (Office.SmartAlertsEventCompletedOptions). */
export interface SendEventCompletion {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
  readonly cancelLabel?: string;
  readonly commandId?: string;
  /** "promptUser" (Office.MailboxEnums.SendModeOverride.PromptUser), Mailbox 1.14. */
  readonly sendModeOverride?: string;
}

export interface SendEvent {
  completed(options: SendEventCompletion): void;
}

/** The parts of `Office` the on-send entry needs; `Office` itself in Outlook. */
export interface OfficeHost {
  readonly context: {
    readonly displayLanguage?: string;
    readonly mailbox: { readonly item: ComposeItem | null | undefined };
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    /** The add-in's roaming settings: where the task pane leaves the organisation policy (policy-roaming.ts). */
    readonly roamingSettings?: RoamingSettings;
  };
  readonly actions?: { associate(name: string, handler: (event: SendEvent) => unknown): void };
}

/** What the task pane additionally uses in compose mode. */
export interface WritableComposeItem extends ComposeItem {
  readonly subject: ComposeItem['subject'] & { setAsync(subject: string, callback: OfficeCallback<void>): void };
  /** Mailbox 1.3: closes the compose form (Outlook may ask about unsaved changes). */
  close(): void;
}

export interface OfficeUserProfile {
  readonly emailAddress: string;
  readonly displayName: string;
}
