#define _GNU_SOURCE
#include "cmark_inline_triggers.h"

#include <cmark-gfm-extension_api.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>

static atomic_bool fixed = false;
static pthread_mutex_t filling = PTHREAD_MUTEX_INITIALIZER;

bool sitegen_cmark_inline_triggers_fixed(void) {
    return atomic_load_explicit(&fixed, memory_order_acquire);
}

// cmark-gfm's own definition is bypassed (see the header): the first addition fills the table
// with it; nothing else writes to the table.
void cmark_manage_extensions_special_characters(cmark_parser *parser, int add) {
    if (!add || atomic_load_explicit(&fixed, memory_order_acquire)) return;
    pthread_mutex_lock(&filling);
    if (!atomic_load_explicit(&fixed, memory_order_relaxed)) {
        void (*library)(cmark_parser *, int) =
            (void (*)(cmark_parser *, int))dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
        if (library != NULL) {
            library(parser, 1);
            atomic_store_explicit(&fixed, true, memory_order_release);
        }
    }
    pthread_mutex_unlock(&filling);
}
