#ifndef SITEGEN_CURL_SHIM_H
#define SITEGEN_CURL_SHIM_H

// libcurl, loaded with dlopen the first time `check --external` needs it, not linked.
//
// Linked, libcurl and the two dozen libraries it needs (TLS, Kerberos, LDAP, IDN, compression)
// were loaded and relocated at the start of every run, `build` and `serve` included: 11 ms of
// CPU before `main` on the benchmark's VM, measured with `perf stat` on an empty C program with
// and without `-lcurl`. Only `check --external` sends requests, so only it pays for them now.
//
// The header still comes from libcurl's development package: the types and constants below are
// libcurl's own. Every function here but `sitegen_curl_load` must be called only after it has
// returned true.

#include <stdbool.h>
#include <curl/curl.h>

/// Loads libcurl (`libcurl.so.4`, 7.85.0 or later) and runs `curl_global_init(CURL_GLOBAL_DEFAULT)`,
/// once per process; true when both succeeded. Safe to call from any thread, any number of times.
bool sitegen_curl_load(void);

/// Why `sitegen_curl_load` failed (the dynamic loader's message, a libcurl too old, or its
/// start failing), in one line; empty when it succeeded. Loads libcurl first if it was not.
const char *sitegen_curl_load_error(void);

CURL *sitegen_curl_easy_init(void);
void sitegen_curl_easy_cleanup(CURL *handle);
CURLcode sitegen_curl_easy_perform(CURL *handle);
const char *sitegen_curl_easy_strerror(CURLcode code);
struct curl_slist *sitegen_curl_slist_append(struct curl_slist *list, const char *string);
void sitegen_curl_slist_free_all(struct curl_slist *list);

// curl_easy_setopt takes its value as a variadic argument, which Swift cannot pass: these give
// each kind of value a function of its own.

typedef size_t (*sitegen_curl_data_callback)(char *buffer, size_t size, size_t count, void *context);
typedef int (*sitegen_curl_prereq_callback)(void *context, char *peer_address, char *local_address,
                                            int peer_port, int local_port);

CURLcode sitegen_curl_set_long(CURL *handle, CURLoption option, long value);
CURLcode sitegen_curl_set_string(CURL *handle, CURLoption option, const char *value);
CURLcode sitegen_curl_set_pointer(CURL *handle, CURLoption option, void *value);
CURLcode sitegen_curl_set_data_callback(CURL *handle, CURLoption option, sitegen_curl_data_callback callback);
CURLcode sitegen_curl_set_prereq_callback(CURL *handle, sitegen_curl_prereq_callback callback);

#endif
