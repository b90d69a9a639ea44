import type { Command } from '../command.js';
import { decryptCommand } from './decrypt.js';
import { encryptCommand } from './encrypt.js';
import { classifyCommand } from './classify.js';
import { policyCommand } from './policy.js';
import { signCommand } from './sign.js';
import { verifyCommand } from './verify.js';

/** Every `kuvert` sub-command, in the order `kuvert --help` lists them. */
export function allCommands(): Command[] {
  return [encryptCommand, decryptCommand, signCommand, verifyCommand, classifyCommand, policyCommand];
}
