/**
 * The worker_threads entry that parses PDF and OOXML/ODF attachments for the CLI (see
 * extraction-runner.ts). It answers each request with core's answerExtraction; the parent
 * terminates it when a request outlives its time limit.
 */
import { parentPort } from 'node:worker_threads';
import { answerExtraction, type ExtractionMessage } from '../core/classify/extract/runner.js';

const port = parentPort;
if (port !== null) {
  port.on('message', (message: ExtractionMessage) => {
    void answerExtraction(message).then((reply) => port.postMessage(reply));
  });
}
