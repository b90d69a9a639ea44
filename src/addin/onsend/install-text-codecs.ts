/** The on-send bundle's first entry module: text codecs before any core module loads. */
import { installTextCodecs } from './text-codec-polyfill.js';

installTextCodecs();
