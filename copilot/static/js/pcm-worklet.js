// AudioWorklet: one audio source (its channels averaged to mono) → low-passed and downsampled to
// the target rate (16 kHz) → fixed-size float32 frames (100 ms), plus its level for the meter.
// Each source (microphone, tab audio, an audio file) has a node of its own, so the sources are
// never mixed. With nothing connected it sends silence: the stream stays continuous in time.

class Lowpass {
  // A second-order Butterworth low-pass (RBJ cookbook biquad): keeps speech, removes what would
  // alias when downsampling.
  constructor(cutoff, rate) {
    const w0 = (2 * Math.PI * cutoff) / rate;
    const alpha = Math.sin(w0) / (2 * Math.SQRT1_2);
    const cos = Math.cos(w0);
    const a0 = 1 + alpha;
    this.b0 = (1 - cos) / 2 / a0;
    this.b1 = (1 - cos) / a0;
    this.b2 = this.b0;
    this.a1 = (-2 * cos) / a0;
    this.a2 = (1 - alpha) / a0;
    this.x1 = this.x2 = this.y1 = this.y2 = 0;
  }

  step(x) {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }
}

const RENDER_QUANTUM = 128;

function monoSample(input, index) {
  if (!input || input.length === 0) return 0;
  let sum = 0;
  for (let channel = 0; channel < input.length; channel += 1) sum += input[channel][index];
  return sum / input.length;
}

class PcmProcessor extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const settings = options.processorOptions || {};
    const target = settings.targetRate || 16000;
    this.ratio = sampleRate / target;
    this.filter = this.ratio > 1 ? new Lowpass(Math.min(target * 0.45, 7600), sampleRate) : null;
    this.frameLength = Math.round((target * (settings.frameMs || 100)) / 1000);
    this.frame = new Float32Array(this.frameLength);
    this.frameIndex = 0;
    this.sum = 0;
    this.count = 0;
    this.position = 0;
    this.energy = 0;
    this.levelSamples = 0;
    this.levelEvery = Math.round(sampleRate / 20); // the meter updates 20 times a second
    this.running = true;
    this.port.onmessage = (event) => {
      if (event.data === "stop") this.running = false;
    };
  }

  process(inputs) {
    const input = inputs[0];
    const length = (input && input[0] && input[0].length) || RENDER_QUANTUM;
    for (let i = 0; i < length; i += 1) {
      const sample = monoSample(input, i);
      this.energy += sample * sample;
      // Filter first, clamp last: a low-pass rings past a full-scale peak, so a sample clamped
      // before the filter can leave it above 1, and the server refuses frames beyond [-1, 1].
      this.sum += this.filter ? this.filter.step(sample) : sample;
      this.count += 1;
      this.position += 1;
      if (this.position >= this.ratio) {
        this.position -= this.ratio;
        this.frame[this.frameIndex] = Math.max(-1, Math.min(1, this.sum / this.count));
        this.frameIndex += 1;
        this.sum = 0;
        this.count = 0;
        if (this.frameIndex === this.frameLength) {
          // The buffer is handed over (transferred), so each frame gets a new one.
          const full = this.frame;
          this.port.postMessage({ type: "frame", samples: full }, [full.buffer]);
          this.frame = new Float32Array(this.frameLength);
          this.frameIndex = 0;
        }
      }
    }
    this.levelSamples += length;
    if (this.levelSamples >= this.levelEvery) {
      this.port.postMessage({ type: "level", level: Math.sqrt(this.energy / this.levelSamples) });
      this.energy = 0;
      this.levelSamples = 0;
    }
    return this.running;
  }
}

registerProcessor("pcm-16k", PcmProcessor);
