// The offscreen document (Chromium): hosts the analysis workers for the
// tabs' content scripts (a service worker cannot start workers).
import { relay } from './relay.js';

relay(globalThis.chrome.runtime, new URL('./worker.js', import.meta.url));
