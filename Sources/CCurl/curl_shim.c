#include "curl_shim.h"

#include <dlfcn.h>
#include <pthread.h>

// The libcurl functions sitegen calls, resolved by `load`.
static struct {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *handle);
    CURLcode (*easy_perform)(CURL *handle);
    const char *(*easy_strerror)(CURLcode code);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *string);
    void (*slist_free_all)(struct curl_slist *list);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static bool loaded = false;

// Resolves `name` in `library` into `*slot`; false when it is missing.
static bool resolve(void *library, const char *name, void *slot) {
    void *symbol = dlsym(library, name);
    if (symbol == NULL) return false;
    *(void **)slot = symbol;
    return true;
}

static void load(void) {
    // The soname libcurl has had since 7.16 (2006); Debian's libcurl4 packages ship it.
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return;
    bool complete = resolve(library, "curl_global_init", &curl.global_init)
        && resolve(library, "curl_easy_init", &curl.easy_init)
        && resolve(library, "curl_easy_cleanup", &curl.easy_cleanup)
        && resolve(library, "curl_easy_perform", &curl.easy_perform)
        && resolve(library, "curl_easy_strerror", &curl.easy_strerror)
        && resolve(library, "curl_easy_setopt", &curl.easy_setopt)
        && resolve(library, "curl_slist_append", &curl.slist_append)
        && resolve(library, "curl_slist_free_all", &curl.slist_free_all);
    // Never unloaded: libcurl's global state lives as long as the process.
    loaded = complete && curl.global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
}

bool sitegen_curl_load(void) {
    pthread_once(&load_once, load);
    return loaded;
}

CURL *sitegen_curl_easy_init(void) { return curl.easy_init(); }

void sitegen_curl_easy_cleanup(CURL *handle) { curl.easy_cleanup(handle); }

CURLcode sitegen_curl_easy_perform(CURL *handle) { return curl.easy_perform(handle); }

const char *sitegen_curl_easy_strerror(CURLcode code) { return curl.easy_strerror(code); }

struct curl_slist *sitegen_curl_slist_append(struct curl_slist *list, const char *string) {
    return curl.slist_append(list, string);
}

void sitegen_curl_slist_free_all(struct curl_slist *list) { curl.slist_free_all(list); }

CURLcode sitegen_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl.easy_setopt(handle, option, value);
}

CURLcode sitegen_curl_set_string(CURL *handle, CURLoption option, const char *value) {
    return curl.easy_setopt(handle, option, value);
}

CURLcode sitegen_curl_set_pointer(CURL *handle, CURLoption option, void *value) {
    return curl.easy_setopt(handle, option, value);
}

CURLcode sitegen_curl_set_data_callback(CURL *handle, CURLoption option, sitegen_curl_data_callback callback) {
    return curl.easy_setopt(handle, option, callback);
}

CURLcode sitegen_curl_set_prereq_callback(CURL *handle, sitegen_curl_prereq_callback callback) {
    return curl.easy_setopt(handle, CURLOPT_PREREQFUNCTION, callback);
}
