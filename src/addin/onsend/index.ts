/**
 * The on-send bundle's entry (dist/addin/onsend.js). Classic Outlook on Windows runs this file alone
 * in a JavaScript-only runtime: no DOM, no Office.onReady, so the handler is mapped at load with
 * Office.actions.associate and does all its start-up work inside the handler.
 */
import { DEFAULT_POLICY } from '../../core/policy/index.js';
import { policyFromRoaming } from '../office/policy-roaming.js';
import type { OfficeHost } from '../office/types.js';
import { createOnMessageSendHandler, ONSEND_LIMITS } from './on-message-send.js';

/** The FunctionName of the LaunchEvent in manifest.xml. */
export const HANDLER_NAME = 'onMessageSendHandler';

declare const Office: OfficeHost | undefined;

if (typeof Office !== 'undefined' && Office.actions !== undefined) {
  const office = Office;
  // The organisation policy the task pane left in roaming settings (validated there), read per
  // send so a policy that changed since the runtime started applies; else the bundled default.
  office.actions?.associate(HANDLER_NAME, (event) =>
    createOnMessageSendHandler(office, {
      policy: policyFromRoaming(office.context.roamingSettings, DEFAULT_POLICY),
      deadlineMs: 60_000,
      limits: ONSEND_LIMITS,
      log: (code) => console.error(`kuvert on-send: ${code}`),
    })(event),
  );
}
