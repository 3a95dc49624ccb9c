"""Language engines: text toolkit, question detection, CV reading, knowledge and answers (no Flask)."""
