"""``healthlint lsp``: findings in the editor, as the writer types.

``editing`` lints a buffer's text (not the file on disk) with the offline rules and the
configuration found upward from the document's path, and turns findings into LSP shapes
(positions in the client's code units, code actions). It does not import pygls, so it is
tested directly; ``server`` is the pygls language server around it. Neither is imported on
the ``healthlint check`` path.
"""
