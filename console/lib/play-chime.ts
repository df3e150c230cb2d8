type AudioContextConstructor = new () => AudioContext;

// One context for the page: browsers cap how many a page may open.
let context: AudioContext | null = null;

/**
 * Plays a short two-note chime with a Web Audio oscillator (no audio file). Does nothing where Web
 * Audio is missing or refuses; a context the autoplay policy suspended is resumed, which works once
 * the agent has interacted with the page.
 */
export function playChime(): void {
  const Ctor = (globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext) as
    | AudioContextConstructor
    | undefined;
  if (!Ctor) return;
  try {
    context ??= new Ctor();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    const t = context.currentTime;
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(880, t);
    osc.frequency.setValueAtTime(1320, t + 0.12);
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.2, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.35);
    osc.connect(gain);
    gain.connect(context.destination);
    osc.start(t);
    osc.stop(t + 0.4);
  } catch {
    // A sound is a nicety: never let it break the console.
  }
}
