"""One module per document format; each has `render(document, style) -> bytes`."""
