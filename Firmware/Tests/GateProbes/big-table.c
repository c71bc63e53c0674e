// 20 KB of constants in flash: the size gate must refuse an image carrying them.
const unsigned char kiosk_big_table[20000] __attribute__((used)) = {1};
