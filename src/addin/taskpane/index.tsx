/**
 * The task pane's entry (taskpane.html) in Outlook: starts when Office.js is ready. Read mode
 * (taskpane.html?mode=read) arrives with the next issue.
 */
import { startTaskpane, type KuvertHostConfig, type TaskpaneOffice } from './start-taskpane.js';

declare const Office: TaskpaneOffice;
declare global {
  interface Window {
    kuvertHost?: KuvertHostConfig;
  }
}

Office.onReady(() => {
  const root = document.getElementById('root');
  if (root !== null) startTaskpane(root, Office, window.kuvertHost);
});
