"""The language engine, free of Flask and the database: one text toolkit, question detection and
types, the CV reader, the knowledge base and the answer backends."""
