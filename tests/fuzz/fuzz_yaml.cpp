// libFuzzer target: Yaml::parse, the libyaml reader of imported documents, with its depth limit
// counted in the event stream (see documentfuzz.h for what is checked).
#include "documentfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    if (PdFuzz::exerciseYaml(data, size))
        __builtin_trap();
    return 0;
}
