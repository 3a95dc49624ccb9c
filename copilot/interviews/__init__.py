"""Interview records: the timeline of a live session or of uploads, its review and exports."""
