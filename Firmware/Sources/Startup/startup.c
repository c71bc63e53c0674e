// Cortex-M4 startup for the queue board: the vector table, the reset handler (copy .data, zero
// .bss, run the Swift main), the memory functions the compiler calls, and a fault handler that
// ends the program through semihosting so a crash in QEMU ends the run instead of hanging it.
#include <stddef.h>
#include <stdint.h>

extern uint32_t __data_load, __data_start, __data_end, __bss_start, __bss_end, __stack_top;
extern int main(int argc, char **argv);
void kiosk_uart0_rx_irq(void);

// ARM semihosting SYS_EXIT with ADP_Stopped_RunTimeErrorUnknown: QEMU exits with status 1.
// Without a debugger or semihosting the BKPT itself faults and the core locks up, which a real
// board's watchdog turns into a restart.
__attribute__((noreturn)) static void stop(uint32_t reason) {
    static uint32_t block[2];
    block[0] = reason;
    block[1] = 1;
    register uint32_t op __asm__("r0") = 0x20;  // SYS_EXIT
    register uint32_t arg __asm__("r1") = (uint32_t)block;
    __asm__ volatile("bkpt 0xab" : : "r"(op), "r"(arg) : "memory");
    for (;;) {}
}

void Fault_Handler(void) { stop(0x20023); }
void Default_Handler(void) {}

void Reset_Handler(void) {
    uint32_t *src = &__data_load;
    for (uint32_t *dst = &__data_start; dst < &__data_end;) *dst++ = *src++;
    for (uint32_t *dst = &__bss_start; dst < &__bss_end;) *dst++ = 0;
    main(0, 0);
    stop(0x20026);  // ADP_Stopped_ApplicationExit: main never returns on the board
}

__attribute__((section(".vectors"), used)) static void *const vectors[16 + 16] = {
    &__stack_top,    Reset_Handler,   Fault_Handler, Fault_Handler,   Fault_Handler, Fault_Handler,
    Fault_Handler,   0,               0,             0,               0,             Default_Handler,
    Default_Handler, 0,               Default_Handler, Default_Handler,  // SysTick: only wakes WFI
    kiosk_uart0_rx_irq,  // IRQ 0: UART0 receive
    Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler,
    Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler,
    Default_Handler, Default_Handler, Default_Handler,
};

void *memcpy(void *dst, const void *src, size_t n) {
    uint8_t *d = dst;
    const uint8_t *s = src;
    while (n--) *d++ = *s++;
    return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
    uint8_t *d = dst;
    const uint8_t *s = src;
    if (d < s) {
        while (n--) *d++ = *s++;
    } else {
        while (n--) d[n] = s[n];
    }
    return dst;
}

void *memset(void *dst, int value, size_t n) {
    uint8_t *d = dst;
    while (n--) *d++ = (uint8_t)value;
    return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
    const uint8_t *x = a, *y = b;
    for (; n--; x++, y++)
        if (*x != *y) return *x - *y;
    return 0;
}

// The ARM EABI names the compiler uses for the same operations.
void __aeabi_memcpy(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memcpy4(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memcpy8(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memmove(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memmove4(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memmove8(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memset(void *d, size_t n, int v) { memset(d, v, n); }
void __aeabi_memset4(void *d, size_t n, int v) { memset(d, v, n); }
void __aeabi_memset8(void *d, size_t n, int v) { memset(d, v, n); }
void __aeabi_memclr(void *d, size_t n) { memset(d, 0, n); }
void __aeabi_memclr4(void *d, size_t n) { memset(d, 0, n); }
void __aeabi_memclr8(void *d, size_t n) { memset(d, 0, n); }
