"""The language engine, free of Flask and the database: one text toolkit, question detection and
types, the CV reader, the knowledge base and the answer backends."""


def prepare() -> None:
    """Build what the engine otherwise builds on first use (the question-type model, about two
    seconds of training, and the knowledge index), so the first question is as fast as the rest."""
    from copilot.language.knowledge import find_topics
    from copilot.language.questions.type_model import model

    model()
    find_topics("how does a database index work")
