"""The language engine, free of Flask and the database: one text toolkit, question detection and
the answer backends."""
