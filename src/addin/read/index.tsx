/**
 * The read task pane's entry (readpane.html) in Outlook: starts when Office.js is ready, with the
 * deployment's settings from kuvert-host.json (the same file and checks as the compose pane).
 */
import { loadHostConfig } from '../taskpane/host-config.js';
import type { KuvertHostConfig } from '../taskpane/start-taskpane.js';
import { startReadpane, type ReadpaneOffice } from './start-readpane.js';

declare const Office: ReadpaneOffice;
declare global {
  interface Window {
    kuvertHost?: KuvertHostConfig;
  }
}

Office.onReady(() => {
  const root = document.getElementById('root');
  if (root === null) return;
  void loadHostConfig().then((config) => startReadpane(root, Office, { ...config, ...window.kuvertHost }));
});
