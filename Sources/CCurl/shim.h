#ifndef SITEGEN_CURL_SHIM_H
#define SITEGEN_CURL_SHIM_H

#include <curl/curl.h>

// curl_easy_setopt and curl_easy_getinfo take their value as a variadic argument, which Swift
// cannot pass: these give each kind of value a function of its own.

typedef size_t (*sitegen_curl_data_callback)(char *buffer, size_t size, size_t count, void *context);
typedef int (*sitegen_curl_prereq_callback)(void *context, char *peer_address, char *local_address,
                                            int peer_port, int local_port);

static inline CURLcode sitegen_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode sitegen_curl_set_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode sitegen_curl_set_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode sitegen_curl_set_data_callback(CURL *handle, CURLoption option,
                                                      sitegen_curl_data_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

static inline CURLcode sitegen_curl_set_prereq_callback(CURL *handle, sitegen_curl_prereq_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_PREREQFUNCTION, callback);
}

#endif
