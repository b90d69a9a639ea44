// The playground's HTML (plain JS so webpack.config.js can emit it).
export const PLAYGROUND_HTML = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kuvert playground</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 1fr 360px; min-height: 100vh; }
  #compose { padding: 16px; display: flex; flex-direction: column; gap: 8px; }
  #compose label { display: flex; flex-direction: column; font-size: 14px; gap: 2px; }
  #compose input, #compose textarea { font: inherit; padding: 4px; }
  #taskpane { border-left: 1px solid #ccc; min-height: 100vh; }
  #smart-alert { border: 2px solid #a4262c; padding: 12px; background: #fde7e9; }
  .toolbar { display: flex; gap: 8px; }
</style>
</head>
<body>
<main id="compose" aria-label="Nytt meddelande">
  <h1>Nytt meddelande</h1>
  <label>Till <input id="to" autocomplete="off"></label>
  <label>Kopia <input id="cc" autocomplete="off"></label>
  <label>Ämne <input id="subject" autocomplete="off"></label>
  <label>Meddelande <textarea id="body" rows="10"></textarea></label>
  <label>Bifoga filer <input id="attach" type="file" multiple></label>
  <div id="attachments" aria-live="polite"></div>
  <div class="toolbar">
    <button id="send" type="button">Skicka</button>
    <button id="open-kuvert" type="button">Kuvert</button>
  </div>
  <output id="status" aria-live="polite"></output>
  <div id="smart-alert" role="alertdialog" aria-labelledby="smart-alert-title" aria-describedby="smart-alert-message" hidden>
    <h2 id="smart-alert-title">Kuvert</h2>
    <p id="smart-alert-message"></p>
    <button id="smart-alert-action" type="button"></button>
    <button id="smart-alert-close" type="button">Skicka inte</button>
  </div>
</main>
<aside id="taskpane" aria-label="Kuvert"></aside>
<script src="playground.js"></script>
</body>
</html>
`;
