import type { CommandEntry } from '../command.js';

/**
 * Every `kuvert` sub-command, in the order `kuvert --help` lists them. Each is loaded only when
 * used, so `kuvert decrypt` does not pay for the classifier's or the PDF reader's start-up.
 */
export function allCommands(): CommandEntry[] {
  return [
    { name: 'encrypt', load: async () => (await import('./encrypt.js')).encryptCommand },
    { name: 'decrypt', load: async () => (await import('./decrypt.js')).decryptCommand },
    { name: 'sign', load: async () => (await import('./sign.js')).signCommand },
    { name: 'verify', load: async () => (await import('./verify.js')).verifyCommand },
    { name: 'cert', load: async () => (await import('./cert.js')).certCommand },
    { name: 'classify', load: async () => (await import('./classify.js')).classifyCommand },
    { name: 'policy', load: async () => (await import('./policy.js')).policyCommand },
    { name: 'companion', load: async () => (await import('./companion.js')).companionCommand },
  ];
}
