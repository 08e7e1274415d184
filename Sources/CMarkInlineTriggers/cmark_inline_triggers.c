#define _GNU_SOURCE
#include "cmark_inline_triggers.h"

#include <cmark-gfm-extension_api.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

typedef void (*manage_function)(cmark_parser *, int);

static atomic_bool fixed = false;
static atomic_bool bypassed = false;
static pthread_once_t resolving = PTHREAD_ONCE_INIT;
static pthread_mutex_t filling = PTHREAD_MUTEX_INITIALIZER;
// cmark-gfm's own definition.
static manage_function library = NULL;

static void resolve(void) {
    library = (manage_function)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
    if (library == NULL) {
        // Unreachable while cmark-gfm's calls come here (the library defines the function), but
        // without it no parse would see an extension's characters: stop rather than lose them.
        fprintf(stderr, "sitegen: cmark-gfm's cmark_manage_extensions_special_characters not found\n");
        abort();
    }
}

bool sitegen_cmark_inline_triggers_fixed(void) {
    return atomic_load_explicit(&fixed, memory_order_acquire);
}

void sitegen_cmark_inline_triggers_bypass(void) {
    atomic_store_explicit(&fixed, false, memory_order_release);
    atomic_store_explicit(&bypassed, true, memory_order_release);
}

// cmark-gfm's own definition is bypassed (see the header): the first addition fills the table
// with it; nothing else writes to the table. Once bypassed, every call is the library's.
void cmark_manage_extensions_special_characters(cmark_parser *parser, int add) {
    pthread_once(&resolving, resolve);
    if (atomic_load_explicit(&bypassed, memory_order_acquire)) {
        library(parser, add);
        return;
    }
    if (!add || atomic_load_explicit(&fixed, memory_order_acquire)) return;
    pthread_mutex_lock(&filling);
    if (!atomic_load_explicit(&fixed, memory_order_relaxed)) {
        library(parser, 1);
        atomic_store_explicit(&fixed, true, memory_order_release);
    }
    pthread_mutex_unlock(&filling);
}
