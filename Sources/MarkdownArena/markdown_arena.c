#include "markdown_arena.h"

#include <cmark-gfm.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    /// Blocks start on 16-byte boundaries, as malloc's do on x86-64 and arm64.
    ALIGNMENT = 16,
    /// Before each block: its size in bytes (for realloc), padded to the alignment.
    HEADER = 16,
    /// The size of a chunk's data; a larger block gets a chunk of its own.
    CHUNK_SIZE = 64 * 1024,
};

/// A piece of memory blocks are cut from, in order; its data follows it.
typedef struct Chunk {
    struct Chunk *next;
    size_t capacity;
    size_t used;
    size_t padding;
} Chunk;

_Static_assert(sizeof(Chunk) % ALIGNMENT == 0, "a chunk's data must start aligned");

/// Each arena on a cache line of its own: every block cut writes `last`, and documents parsed
/// on different threads would otherwise bounce a line shared by neighbouring arenas.
typedef struct Arena {
    /// The chunk blocks are cut from now, then the full ones and those of large blocks.
    _Alignas(64) Chunk *chunks;
    /// The last block cut from `chunks` and not freed: the one realloc can grow in place.
    char *last;
    atomic_int inUse;
} Arena;

_Static_assert(sizeof(Arena) % 64 == 0, "an arena takes whole cache lines");

static Arena arenas[SITEGEN_MARKDOWN_ARENA_COUNT];

static void outOfMemory(void) {
    // What cmark-gfm's default allocator does when calloc or realloc fails.
    fprintf(stderr, "[cmark] calloc returned null pointer, aborting\n");
    abort();
}

static size_t blockSize(char *block) { return *(size_t *)(block - HEADER); }

/// The bytes a block of `size` takes in a chunk, header included; 0 when that, or a chunk of
/// its own for it, would not fit in a size_t.
static size_t footprint(size_t size) {
    if (size > SIZE_MAX - sizeof(Chunk) - HEADER - ALIGNMENT) return 0;
    return HEADER + ((size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1));
}

static void *arenaAllocate(Arena *arena, size_t size) {
    // A block of no bytes still takes one, so that its pointer is not the next block's header.
    if (size == 0) size = 1;
    size_t need = footprint(size);
    if (need == 0) outOfMemory();
    Chunk *chunk = arena->chunks;
    if (chunk == NULL || chunk->capacity - chunk->used < need) {
        size_t capacity = need > CHUNK_SIZE ? need : CHUNK_SIZE;
        Chunk *fresh = malloc(sizeof(Chunk) + capacity);
        if (fresh == NULL) outOfMemory();
        fresh->capacity = capacity;
        fresh->used = 0;
        if (chunk != NULL && capacity > CHUNK_SIZE) {
            // A large block's own chunk goes behind the current one, which keeps cutting.
            fresh->next = chunk->next;
            chunk->next = fresh;
            fresh->used = need;
            char *block = (char *)(fresh + 1);
            *(size_t *)block = size;
            return block + HEADER;
        }
        fresh->next = chunk;
        arena->chunks = fresh;
        chunk = fresh;
    }
    char *block = (char *)(chunk + 1) + chunk->used;
    chunk->used += need;
    *(size_t *)block = size;
    arena->last = block + HEADER;
    return block + HEADER;
}

static void *arenaCalloc(Arena *arena, size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) outOfMemory();
    void *block = arenaAllocate(arena, count * size);
    memset(block, 0, count * size);
    return block;
}

static void *arenaRealloc(Arena *arena, void *pointer, size_t size) {
    if (pointer == NULL) return arenaAllocate(arena, size);
    if (size == 0) size = 1;
    char *block = pointer;
    size_t oldSize = blockSize(block);
    if (block == arena->last) {
        Chunk *chunk = arena->chunks;
        size_t oldNeed = footprint(oldSize);
        size_t newNeed = footprint(size);
        if (newNeed != 0 && newNeed <= chunk->capacity && chunk->used - oldNeed <= chunk->capacity - newNeed) {
            chunk->used = chunk->used - oldNeed + newNeed;
            *(size_t *)(block - HEADER) = size;
            return block;
        }
    }
    void *moved = arenaAllocate(arena, size);
    memcpy(moved, block, oldSize < size ? oldSize : size);
    return moved;
}

static void arenaFree(Arena *arena, void *pointer) {
    // Only the last block's room is taken back (a buffer freed right after it grew).
    if (pointer != NULL && pointer == arena->last) {
        arena->chunks->used -= footprint(blockSize(pointer));
        arena->last = NULL;
    }
}

#define ARENA_FUNCTIONS(index)                                                                    \
    static void *calloc##index(size_t count, size_t size) {                                       \
        return arenaCalloc(&arenas[index], count, size);                                          \
    }                                                                                             \
    static void *realloc##index(void *pointer, size_t size) {                                     \
        return arenaRealloc(&arenas[index], pointer, size);                                       \
    }                                                                                             \
    static void free##index(void *pointer) { arenaFree(&arenas[index], pointer); }

#define ARENA_ALLOCATOR(index) {calloc##index, realloc##index, free##index}

ARENA_FUNCTIONS(0)
ARENA_FUNCTIONS(1)
ARENA_FUNCTIONS(2)
ARENA_FUNCTIONS(3)
ARENA_FUNCTIONS(4)
ARENA_FUNCTIONS(5)
ARENA_FUNCTIONS(6)
ARENA_FUNCTIONS(7)
ARENA_FUNCTIONS(8)
ARENA_FUNCTIONS(9)
ARENA_FUNCTIONS(10)
ARENA_FUNCTIONS(11)
ARENA_FUNCTIONS(12)
ARENA_FUNCTIONS(13)
ARENA_FUNCTIONS(14)
ARENA_FUNCTIONS(15)
ARENA_FUNCTIONS(16)
ARENA_FUNCTIONS(17)
ARENA_FUNCTIONS(18)
ARENA_FUNCTIONS(19)
ARENA_FUNCTIONS(20)
ARENA_FUNCTIONS(21)
ARENA_FUNCTIONS(22)
ARENA_FUNCTIONS(23)
ARENA_FUNCTIONS(24)
ARENA_FUNCTIONS(25)
ARENA_FUNCTIONS(26)
ARENA_FUNCTIONS(27)
ARENA_FUNCTIONS(28)
ARENA_FUNCTIONS(29)
ARENA_FUNCTIONS(30)
ARENA_FUNCTIONS(31)

_Static_assert(SITEGEN_MARKDOWN_ARENA_COUNT == 32, "one line above and below for each arena");

static cmark_mem allocators[SITEGEN_MARKDOWN_ARENA_COUNT] = {
    ARENA_ALLOCATOR(0),  ARENA_ALLOCATOR(1),  ARENA_ALLOCATOR(2),  ARENA_ALLOCATOR(3),
    ARENA_ALLOCATOR(4),  ARENA_ALLOCATOR(5),  ARENA_ALLOCATOR(6),  ARENA_ALLOCATOR(7),
    ARENA_ALLOCATOR(8),  ARENA_ALLOCATOR(9),  ARENA_ALLOCATOR(10), ARENA_ALLOCATOR(11),
    ARENA_ALLOCATOR(12), ARENA_ALLOCATOR(13), ARENA_ALLOCATOR(14), ARENA_ALLOCATOR(15),
    ARENA_ALLOCATOR(16), ARENA_ALLOCATOR(17), ARENA_ALLOCATOR(18), ARENA_ALLOCATOR(19),
    ARENA_ALLOCATOR(20), ARENA_ALLOCATOR(21), ARENA_ALLOCATOR(22), ARENA_ALLOCATOR(23),
    ARENA_ALLOCATOR(24), ARENA_ALLOCATOR(25), ARENA_ALLOCATOR(26), ARENA_ALLOCATOR(27),
    ARENA_ALLOCATOR(28), ARENA_ALLOCATOR(29), ARENA_ALLOCATOR(30), ARENA_ALLOCATOR(31),
};

void *sitegen_markdown_arena_acquire(void) {
    for (int index = 0; index < SITEGEN_MARKDOWN_ARENA_COUNT; index++) {
        int expected = 0;
        if (atomic_compare_exchange_strong_explicit(
                &arenas[index].inUse, &expected, 1, memory_order_acquire, memory_order_relaxed)) {
            return &allocators[index];
        }
    }
    return NULL;
}

void sitegen_markdown_arena_release(void *allocator) {
    Arena *arena = &arenas[(cmark_mem *)allocator - allocators];
    // The first standard chunk stays for the next document; the others are freed.
    Chunk *kept = NULL;
    Chunk *chunk = arena->chunks;
    while (chunk != NULL) {
        Chunk *next = chunk->next;
        if (kept == NULL && chunk->capacity == CHUNK_SIZE) {
            kept = chunk;
        } else {
            free(chunk);
        }
        chunk = next;
    }
    if (kept != NULL) {
        kept->next = NULL;
        kept->used = 0;
    }
    arena->chunks = kept;
    arena->last = NULL;
    atomic_store_explicit(&arena->inUse, 0, memory_order_release);
}

unsigned long sitegen_markdown_arena_capacity(void *allocator) {
    Arena *arena = &arenas[(cmark_mem *)allocator - allocators];
    unsigned long total = 0;
    for (Chunk *chunk = arena->chunks; chunk != NULL; chunk = chunk->next) total += chunk->capacity;
    return total;
}
