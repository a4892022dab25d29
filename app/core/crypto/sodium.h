#pragma once

#include <sodium.h>

namespace Kansa {

/// libsodium's start: picks the processor's fastest implementations (ChaCha20 with AVX2) and
/// seeds its random generator. Called before any libsodium work; cheap after the first time.
inline void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    (void)ready;
}

} // namespace Kansa
