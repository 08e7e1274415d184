#ifndef SITEGEN_MARKDOWN_ARENA_H
#define SITEGEN_MARKDOWN_ARENA_H

/// Arena allocators for cmark-gfm, one per Markdown document being parsed.
///
/// cmark-gfm takes an allocator (`cmark_mem`: calloc, realloc and free, with no context) for a
/// parser and everything it builds. These hand out memory from 64 KB chunks by moving a pointer,
/// grow the last block in place, and free nothing until the document is done; then the arena is
/// emptied at once and kept for the next document. A document's nodes, texts and rendered HTML
/// were 180 callocs, 80 reallocs and as many frees each, through the process's malloc.
///
/// As `cmark_mem` has no context, each arena has its own three functions: there are
/// `SITEGEN_MARKDOWN_ARENA_COUNT` of them, and an arena belongs to one document at a time.

#define SITEGEN_MARKDOWN_ARENA_COUNT 32

/// A free arena's allocator (a `cmark_mem *`), now the caller's; NULL when every arena is in
/// use (then use cmark-gfm's default allocator). Safe to call from any thread.
void *sitegen_markdown_arena_acquire(void);

/// Empties the arena of `allocator` (from `sitegen_markdown_arena_acquire`) and makes it free
/// again. Every block it handed out is gone: call it once the document, its parser and what was
/// rendered from them are freed or no longer used. Safe to call from any thread.
void sitegen_markdown_arena_release(void *allocator);

/// How many bytes the arena of `allocator` holds in its chunks now (for tests).
unsigned long sitegen_markdown_arena_capacity(void *allocator);

#endif
