"""Live interview mode: the ``/ws/audio`` WebSocket, voice-activity segmentation, partial
transcripts, and the push of job events to the user's open sockets."""
