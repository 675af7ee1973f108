// `dispatchable kiosk-pin-hash`: reads a PIN from standard input and prints the hash to put in
// the KioskPinHash policy, so the PIN itself never has to be written into a file or a command
// line (where shell history and process lists would keep it).
#pragma once

// True when argv asks for this command (the first argument is "kiosk-pin-hash").
bool isKioskPinHashCommand(int argc, char **argv);
// Runs it without a GUI; returns the process exit code (0 printed a hash, 2 the PIN was refused,
// 1 nothing could be read).
int runKioskPinHashCommand(int argc, char **argv);
