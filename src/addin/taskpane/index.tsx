/**
 * The task pane's entry (taskpane.html) in Outlook: starts when Office.js is ready, with the
 * deployment's settings from kuvert-host.json (host-config.ts). Read mode
 * (taskpane.html?mode=read) arrives with the next issue.
 */
import { loadHostConfig } from './host-config.js';
import { startTaskpane, type KuvertHostConfig, type TaskpaneOffice } from './start-taskpane.js';

declare const Office: TaskpaneOffice;
declare global {
  interface Window {
    kuvertHost?: KuvertHostConfig;
  }
}

Office.onReady(() => {
  const root = document.getElementById('root');
  if (root === null) return;
  void loadHostConfig().then((config) => startTaskpane(root, Office, { ...config, ...window.kuvertHost }));
});
