/**
 * The chime played on each call, synthesised with the Web Audio API (three
 * soft bell tones; no audio file to host). Browsers keep audio off until a
 * person interacts with the page, so `isOn` stays false — and the display
 * shows its "turn on sound" button — until `enable` runs from a click. A
 * browser started with autoplay allowed is on from the start.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

const NOTES_HZ = [523.25, 659.25, 783.99];
const NOTE_GAP_S = 0.28;
const NOTE_LENGTH_S = 1.4;

function bell(context: AudioContext, frequency: number, at: number) {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_LENGTH_S);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(at);
  oscillator.stop(at + NOTE_LENGTH_S + 0.05);
}

export function useChime() {
  const context = useRef<AudioContext | null>(null);
  const [isOn, setOn] = useState(false);

  useEffect(() => {
    if (typeof AudioContext === 'undefined') return;
    const audio = new AudioContext();
    context.current = audio;
    const follow = () => setOn(audio.state === 'running');
    audio.addEventListener('statechange', follow);
    follow();
    return () => {
      audio.removeEventListener('statechange', follow);
      void audio.close();
      context.current = null;
    };
  }, []);

  const play = useCallback(() => {
    const audio = context.current;
    if (audio?.state !== 'running') return;
    const start = audio.currentTime + 0.05;
    NOTES_HZ.forEach((frequency, index) => {
      bell(audio, frequency, start + index * NOTE_GAP_S);
    });
  }, []);

  const enable = useCallback(async () => {
    const audio = context.current;
    if (!audio) return;
    await audio.resume();
    setOn(audio.state === 'running');
    play();
  }, [play]);

  return { isOn, isAvailable: typeof AudioContext !== 'undefined', enable, play };
}
