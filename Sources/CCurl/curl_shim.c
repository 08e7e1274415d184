#include "curl_shim.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

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
    curl_version_info_data *(*version_info)(CURLversion age);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static bool loaded = false;
// Why `load` failed; empty when it did not.
static char load_error[512] = "";

// The oldest libcurl with every option sitegen sets: CURLOPT_PROTOCOLS_STR came in 7.85.0
// (CURLOPT_PREREQFUNCTION in 7.80.0). An older one would ignore them without a word, and with
// them the address check and the http/https-only rule.
enum { OLDEST_VERSION = 0x075500 };

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
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(load_error, sizeof load_error, "%s", reason != NULL ? reason : "libcurl.so.4 could not be loaded");
        return;
    }
    bool complete = resolve(library, "curl_global_init", &curl.global_init)
        && resolve(library, "curl_easy_init", &curl.easy_init)
        && resolve(library, "curl_easy_cleanup", &curl.easy_cleanup)
        && resolve(library, "curl_easy_perform", &curl.easy_perform)
        && resolve(library, "curl_easy_strerror", &curl.easy_strerror)
        && resolve(library, "curl_easy_setopt", &curl.easy_setopt)
        && resolve(library, "curl_slist_append", &curl.slist_append)
        && resolve(library, "curl_slist_free_all", &curl.slist_free_all)
        && resolve(library, "curl_version_info", &curl.version_info);
    if (!complete) {
        snprintf(load_error, sizeof load_error, "libcurl.so.4 lacks a function sitegen calls");
        return;
    }
    curl_version_info_data *version = curl.version_info(CURLVERSION_NOW);
    if (version == NULL || version->version_num < OLDEST_VERSION) {
        snprintf(load_error, sizeof load_error, "libcurl %s is older than 7.85.0, the oldest with every option sitegen sets",
                 version != NULL && version->version != NULL ? version->version : "(unknown version)");
        return;
    }
    // Never unloaded: libcurl's global state lives as long as the process.
    if (curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(load_error, sizeof load_error, "libcurl could not start (curl_global_init failed)");
        return;
    }
    loaded = true;
}

bool sitegen_curl_load(void) {
    pthread_once(&load_once, load);
    return loaded;
}

const char *sitegen_curl_load_error(void) {
    pthread_once(&load_once, load);
    return load_error;
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
