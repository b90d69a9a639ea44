/**
 * The read task pane's entry (readpane.html) in Outlook, with the deployment's settings from
 * kuvert-host.json (the same file and checks as the compose pane).
 */
import { startPaneWhenReady } from '../taskpane/host-config.js';
import { startReadpane, type ReadpaneOffice } from './start-readpane.js';

declare const Office: ReadpaneOffice;

startPaneWhenReady(Office, startReadpane);
