// The /ws/audio client: authenticates with the access token (refreshed when needed), keeps the
// connection alive with pings and reconnects with exponential backoff when it drops.
import { freshAccessToken, refreshAccessToken, signInAgain } from "./api.js";

const PING_EVERY_MS = 20000;
const PONG_TIMEOUT_MS = 10000;
const MAX_BACKOFF_MS = 15000;

/**
 * A binary audio frame: little-endian float32 samples. With `sourceIndex` (the position of its
 * source in the `sources` of "start"), one byte carrying that index comes first.
 */
export function encodeFrame(samples, sourceIndex = null) {
  const offset = sourceIndex === null ? 0 : 1;
  const view = new DataView(new ArrayBuffer(offset + samples.length * 4));
  if (offset) view.setUint8(0, sourceIndex);
  for (let i = 0; i < samples.length; i += 1) view.setFloat32(offset + i * 4, samples[i], true);
  return view.buffer;
}

export class LiveSocket {
  /**
   * @param {object} handlers onEvent(event) for server messages, onStatus(state, detail) where
   *   state is "connecting" | "open" | "reconnecting" | "closed"; onOpen() after each "ready".
   */
  constructor({ onEvent = () => {}, onStatus = () => {}, onOpen = () => {} } = {}) {
    this.onEvent = onEvent;
    this.onStatus = onStatus;
    this.onOpen = onOpen;
    this.ws = null;
    this.ready = false;
    this.attempt = 0;
    this.stopped = false;
    this.timers = { reconnect: null, ping: null, pong: null };
    window.addEventListener("online", () => this.reconnectNow());
  }

  get isOpen() {
    return Boolean(this.ws && this.ws.readyState === WebSocket.OPEN && this.ready);
  }

  async connect() {
    this.stopped = false;
    clearTimeout(this.timers.reconnect);
    this.onStatus("connecting");
    let token;
    try {
      token = await freshAccessToken();
    } catch {
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) return;
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(`${scheme}//${location.host}/ws/audio?token=${encodeURIComponent(token)}`);
    ws.binaryType = "arraybuffer";
    this.ws = ws;
    this.ready = false;
    ws.addEventListener("message", (message) => this.handleMessage(ws, message));
    ws.addEventListener("close", (event) => this.handleClose(ws, event));
  }

  handleMessage(ws, message) {
    if (ws !== this.ws || typeof message.data !== "string") return;
    let event;
    try {
      event = JSON.parse(message.data);
    } catch {
      return;
    }
    if (event.type === "ready") {
      this.ready = true;
      this.attempt = 0;
      this.startPing();
      this.onStatus("open");
      this.onOpen(event);
      return;
    }
    if (event.type === "pong") {
      clearTimeout(this.timers.pong);
      return;
    }
    if (event.type === "error" && (event.code === "unauthorized" || event.code === "token_expired")) {
      this.reauthorize = true;
    }
    this.onEvent(event);
  }

  async handleClose(ws, event) {
    if (ws !== this.ws) return;
    this.ready = false;
    this.ws = null;
    this.stopPing();
    if (this.stopped) {
      this.onStatus("closed");
      return;
    }
    if (this.reauthorize || event.code === 1008) {
      this.reauthorize = false;
      try {
        await refreshAccessToken();
      } catch (error) {
        if (error.status === 401) {
          signInAgain();
          return;
        }
      }
    }
    this.scheduleReconnect();
  }

  scheduleReconnect() {
    if (this.stopped) return;
    const base = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.attempt);
    const delay = Math.round(base * (0.75 + Math.random() * 0.5));
    this.attempt += 1;
    this.onStatus("reconnecting", { delay, attempt: this.attempt });
    clearTimeout(this.timers.reconnect);
    this.timers.reconnect = setTimeout(() => this.connect(), delay);
  }

  reconnectNow() {
    if (this.stopped || this.ws) return;
    this.attempt = 0;
    this.connect();
  }

  startPing() {
    this.stopPing();
    this.timers.ping = setInterval(() => {
      if (!this.isOpen) return;
      this.send({ type: "ping" });
      clearTimeout(this.timers.pong);
      this.timers.pong = setTimeout(() => this.ws && this.ws.close(4000, "no pong"), PONG_TIMEOUT_MS);
    }, PING_EVERY_MS);
  }

  stopPing() {
    clearInterval(this.timers.ping);
    clearTimeout(this.timers.pong);
  }

  send(message) {
    if (!this.isOpen) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  sendBinary(buffer) {
    // Drop audio rather than queue it without bound when the network stalls.
    if (!this.isOpen || this.ws.bufferedAmount > 2_000_000) return false;
    this.ws.send(buffer);
    return true;
  }

  close() {
    this.stopped = true;
    clearTimeout(this.timers.reconnect);
    this.stopPing();
    if (this.ws) this.ws.close(1000, "bye");
  }
}
