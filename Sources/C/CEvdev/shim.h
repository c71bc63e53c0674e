#include <libevdev/libevdev.h>
#include <linux/input.h>
#include <poll.h>
#include <sys/inotify.h>
