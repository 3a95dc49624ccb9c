// AudioWorklet: mixes the microphone (input 0) and the optional tab audio (input 1), low-passes
// and downsamples the mix to the target rate (16 kHz) and posts fixed-size float32 frames
// (100 ms) plus per-input levels for the meters.

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
    this.energy = [0, 0];
    this.levelSamples = 0;
    this.levelEvery = Math.round(sampleRate / 20); // meters update 20 times a second
    this.running = true;
    this.port.onmessage = (event) => {
      if (event.data === "stop") this.running = false;
    };
  }

  process(inputs) {
    const mic = inputs[0];
    const tab = inputs[1];
    const length = (mic && mic[0] && mic[0].length) || (tab && tab[0] && tab[0].length) || 0;
    for (let i = 0; i < length; i += 1) {
      const me = monoSample(mic, i);
      const other = monoSample(tab, i);
      this.energy[0] += me * me;
      this.energy[1] += other * other;
      // Filter first, clamp last: a low-pass rings past a full-scale peak, so a sample clamped
      // before the filter can leave it above 1, and the server refuses frames beyond [-1, 1].
      const mixed = me + other;
      this.sum += this.filter ? this.filter.step(mixed) : mixed;
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
      const levels = this.energy.map((energy) => Math.sqrt(energy / this.levelSamples));
      this.port.postMessage({ type: "level", mic: levels[0], tab: levels[1] });
      this.energy = [0, 0];
      this.levelSamples = 0;
    }
    return this.running;
  }
}

registerProcessor("pcm-16k", PcmProcessor);
