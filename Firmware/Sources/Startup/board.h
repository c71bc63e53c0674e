// What the Swift firmware needs from C: the one instruction Swift cannot write.
#pragma once

static inline void waitForInterrupt(void) { __asm__ volatile("wfi" ::: "memory"); }
