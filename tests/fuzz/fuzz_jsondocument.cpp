// libFuzzer target: Yaml::parseDocument, the JSON-first reader of imported documents, with its
// linear depth pre-scan (see documentfuzz.h for what is checked).
#include "documentfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    if (PdFuzz::exerciseJsonDocument(data, size))
        __builtin_trap();
    return 0;
}
