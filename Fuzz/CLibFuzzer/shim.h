// libFuzzer's driver, for Fuzz/RoadmapFuzz's own `main`. SwiftPM links an executable with
// `--defsym main=RoadmapFuzz_main`, so libFuzzer's `main` is never used; the Swift `main`
// calls this instead. Only the -sanitize=fuzzer build references it (libclang_rt.fuzzer).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
