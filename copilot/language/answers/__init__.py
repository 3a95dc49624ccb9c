"""Answer backends behind one interface: the offline grounded composer, or any OpenAI-compatible chat."""
