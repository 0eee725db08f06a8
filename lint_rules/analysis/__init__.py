"""Analyses computed once per document and shared by rules (sentences, concepts, studies,
references, credentials). Each is reached through ``Document.analysis`` so it runs at most
once per document however many rules read it."""
