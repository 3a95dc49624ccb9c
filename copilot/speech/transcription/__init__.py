"""Speech-to-text backends behind one interface: offline Whisper, or any OpenAI-compatible server."""
