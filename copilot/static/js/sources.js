// Audio capture for the live page. Two sources, never mixed: the candidate is the microphone,
// the interviewer is a shared tab or screen (getDisplayMedia) or an audio file played in real
// time (for demos and tests). Each goes through its own worklet into 16 kHz float32 frames.

export const TARGET_RATE = 16000;
const FRAME_MS = 100;

export class CaptureError extends Error {
  constructor(name, message) {
    super(message);
    this.name = name;
  }
}

/** A message for a microphone that could not be opened. */
export function microphoneError(error) {
  if (error.name === "NotAllowedError" || error.name === "SecurityError") {
    return "Microphone access was blocked. Allow it for this site in the browser’s settings, then press Start again.";
  }
  if (error.name === "NotFoundError") return "No microphone was found. Connect one and try again.";
  if (error.name === "NotReadableError") return "The microphone is in use by another application.";
  if (!navigator.mediaDevices) return "This browser only allows the microphone on https:// or localhost pages.";
  return `The microphone could not be started: ${error.message || error.name}`;
}

export const canShareTab = () => Boolean(navigator.mediaDevices?.getDisplayMedia);

/** Decode an audio file (any format the browser reads) into an AudioBuffer. */
export async function decodeAudioFile(file) {
  const bytes = await file.arrayBuffer();
  const decoder = new OfflineAudioContext({ numberOfChannels: 1, length: 1, sampleRate: 48000 });
  try {
    return await decoder.decodeAudioData(bytes);
  } catch {
    throw new CaptureError("DecodeError", `“${file.name}” is not an audio file this browser can play.`);
  }
}

export class Capture {
  /**
   * @param {object} handlers onFrame(source, samples) for each 100 ms frame of "candidate" or
   *   "interviewer"; onLevel(source, rms) for the meters; onInterviewerEnded(kind) when a shared
   *   tab stops or a file has played to its end.
   */
  constructor({ onFrame = () => {}, onLevel = () => {}, onInterviewerEnded = () => {} } = {}) {
    this.onFrame = onFrame;
    this.onLevel = onLevel;
    this.onInterviewerEnded = onInterviewerEnded;
    this.context = null;
    this.output = null; // a muted gain: the graph only runs when it reaches the speakers
    this.nodes = { candidate: null, interviewer: null };
    this.microphone = null;
    // The interviewer: {kind: "tab", stream} or {kind: "file", buffer, name}; `input` is the
    // node playing it into the interviewer's worklet while capturing.
    this.interviewer = null;
    this.input = null;
  }

  get running() {
    return Boolean(this.context);
  }

  /** The sources being sent: ["interviewer", "candidate"] with an interviewer, else null. */
  get sources() {
    return this.nodes.interviewer ? ["interviewer", "candidate"] : null;
  }

  get interviewerKind() {
    return this.interviewer ? this.interviewer.kind : null;
  }

  async start() {
    if (!navigator.mediaDevices || !window.AudioWorkletNode) {
      throw new CaptureError("Unsupported", "This browser cannot capture audio here.");
    }
    // No echo cancellation: with one microphone, the interviewer from the speakers is wanted too.
    this.microphone = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: true, channelCount: 1 },
    });
    this.context = new AudioContext({ latencyHint: "interactive" });
    await this.context.audioWorklet.addModule(new URL("./pcm-worklet.js", import.meta.url));
    this.output = this.context.createGain();
    this.output.gain.value = 0;
    this.output.connect(this.context.destination);
    this.nodes.candidate = this.worklet("candidate");
    this.context.createMediaStreamSource(this.microphone).connect(this.nodes.candidate);
    if (this.interviewer) this.connectInterviewer();
    await this.context.resume();
  }

  async stop() {
    this.disconnectInterviewer();
    for (const source of Object.keys(this.nodes)) {
      const node = this.nodes[source];
      if (node) {
        node.port.postMessage("stop");
        node.disconnect();
      }
      this.nodes[source] = null;
      this.onLevel(source, 0);
    }
    if (this.microphone) this.microphone.getTracks().forEach((track) => track.stop());
    if (this.context) await this.context.close().catch(() => {});
    this.microphone = null;
    this.context = null;
    this.output = null;
    // A file plays again from its start at the next Start; a shared tab stays shared.
  }

  worklet(source) {
    const node = new AudioWorkletNode(this.context, "pcm-16k", {
      numberOfInputs: 1,
      numberOfOutputs: 1,
      outputChannelCount: [1],
      processorOptions: { targetRate: TARGET_RATE, frameMs: FRAME_MS },
    });
    node.port.onmessage = ({ data }) => {
      if (data.type === "frame") this.onFrame(source, data.samples);
      else if (data.type === "level") this.onLevel(source, data.level);
    };
    node.connect(this.output);
    return node;
  }

  /** Share a tab or the screen with its audio as the interviewer. False when nothing was shared. */
  async shareTab() {
    if (!canShareTab()) {
      throw new CaptureError("Unsupported", "This browser cannot capture a tab’s audio. Use Chrome or Edge on a computer.");
    }
    // Browsers require the video to be requested; only the audio track is kept.
    const stream = await navigator.mediaDevices.getDisplayMedia({
      video: true,
      audio: { echoCancellation: false, noiseSuppression: false },
      systemAudio: "include",
      selfBrowserSurface: "exclude",
    });
    stream.getVideoTracks().forEach((track) => track.stop());
    const tracks = stream.getAudioTracks();
    if (!tracks.length) return false;
    this.setInterviewer({ kind: "tab", stream: new MediaStream(tracks) });
    tracks[0].addEventListener("ended", () => {
      if (this.interviewer?.stream?.getAudioTracks()[0] !== tracks[0]) return;
      this.clearInterviewer();
      this.onInterviewerEnded("tab");
    });
    return true;
  }

  /** Play a decoded audio file as the interviewer: now when capturing, else from Start on. */
  useFile(buffer, name) {
    this.setInterviewer({ kind: "file", buffer, name });
  }

  setInterviewer(interviewer) {
    this.clearInterviewer();
    this.interviewer = interviewer;
    if (this.running) this.connectInterviewer();
  }

  /** Stop the interviewer's source; its worklet (if any) goes on sending silence. */
  clearInterviewer() {
    this.disconnectInterviewer();
    if (this.interviewer?.kind === "tab") this.interviewer.stream.getTracks().forEach((track) => track.stop());
    this.interviewer = null;
  }

  connectInterviewer() {
    if (!this.nodes.interviewer) this.nodes.interviewer = this.worklet("interviewer");
    const { kind } = this.interviewer;
    if (kind === "tab") {
      this.input = this.context.createMediaStreamSource(this.interviewer.stream);
    } else {
      const player = this.context.createBufferSource();
      player.buffer = this.interviewer.buffer;
      player.addEventListener("ended", () => {
        if (this.input !== player) return; // stopped by hand, or replaced
        this.input.disconnect();
        this.input = null;
        this.onInterviewerEnded("file");
      });
      player.start();
      this.input = player;
    }
    this.input.connect(this.nodes.interviewer);
  }

  disconnectInterviewer() {
    const input = this.input;
    this.input = null;
    if (!input) return;
    if (input instanceof AudioBufferSourceNode) {
      try {
        input.stop();
      } catch {
        // it had ended already
      }
    }
    input.disconnect();
  }
}
