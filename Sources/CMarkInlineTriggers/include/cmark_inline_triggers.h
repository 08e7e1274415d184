#ifndef SITEGEN_CMARK_INLINE_TRIGGERS_H
#define SITEGEN_CMARK_INLINE_TRIGGERS_H

#include <stdbool.h>

/// cmark-gfm's table of the characters that start extension syntax, made constant, so that
/// parsers may finish (parse inlines) on several threads at once.
///
/// cmark-gfm 0.29 keeps in one table for the whole process the characters inline parsing stops
/// at. `cmark_parser_finish` adds its parser's extension characters (`~` for strikethrough,
/// `:` and `w` for autolinks) before parsing inlines and removes them after, through the
/// exported `cmark_manage_extensions_special_characters`: while one parser finishes, another
/// that finishes removes them under it, and strikethroughs and autolinks are lost at random.
///
/// This target defines that function in sitegen's executable, which comes first in the dynamic
/// linker's search order, so the library's own calls (through its PLT) reach it. The first
/// call adds the characters with the library's function (found with `dlsym(RTLD_NEXT)`); later
/// calls, and every removal, do nothing. Every sitegen parser attaches the same extensions
/// (`MarkdownDocument.extensionNames`), so the table each parser sees while it finishes is the
/// one it would have filled itself; and once filled, the table is never written again.
///
/// Were the definition not to take the library's calls (cmark-gfm linked otherwise, or built
/// with its calls bound inside the library), `sitegen_cmark_inline_triggers_fixed` stays false,
/// and parsers finish one at a time, under a lock, as before.

/// Whether the table has been filled and will not change again: true once a parser has
/// finished through this target's definition, and until `sitegen_cmark_inline_triggers_bypass`.
/// Safe to call from any thread.
bool sitegen_cmark_inline_triggers_fixed(void);

/// Hands every later call to cmark-gfm's own definition, as if this target did not define it,
/// and makes `sitegen_cmark_inline_triggers_fixed` false: for a cmark-gfm that no longer keeps
/// the table for the whole process (one that moved it into each parser would lose every
/// parser's characters but the first's here), found by `MarkdownDocument`'s check at its first
/// parse. Call it before parsers finish without a lock.
void sitegen_cmark_inline_triggers_bypass(void);

#endif
