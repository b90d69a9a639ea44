/**
 * The compose task pane's entry (taskpane.html) in Outlook, with the deployment's settings from
 * kuvert-host.json (host-config.ts). The read pane has its own entry (src/addin/read/index.tsx).
 */
import { startPaneWhenReady } from './host-config.js';
import { startTaskpane, type TaskpaneOffice } from './start-taskpane.js';

declare const Office: TaskpaneOffice;

startPaneWhenReady(Office, startTaskpane);
